import { probabilityBetterBeta, probabilityBetterNormal } from "../stats/bayes"
import { cupedTest, type CupedResult } from "../stats/cuped"
import type { DiffResult, TestOptions } from "../stats/diff-result"
import { momentsOf } from "../stats/moments"
import { twoProportionTest } from "../stats/two-proportion"
import { welchTest } from "../stats/welch"

/** The part of an order fact (core's OrderFactRow) the per-customer panel reads. */
export type PanelOrder = {
  customer_id: string | null
  /** Date or epoch ms */
  placed_at: Date | number
  /** order total in minor units */
  total: number
}

/** The experiment window [from, to) and the pre-period [preFrom, from) used as the CUPED covariate. */
export type PanelWindow = { from: number; to: number; preFrom?: number }

/**
 * One row per audience customer: what they bought in the window and in the pre-period. Customers of the
 * audience without any order are rows of zeros (they count in the denominators).
 */
export type CustomerPanel = {
  customerIds: string[]
  index: Map<string, number>
  /** GMV in the window, minor units */
  gmv: Float64Array
  /** orders in the window */
  orders: Float64Array
  /** GMV in the pre-period, minor units */
  preGmv: Float64Array
  /** orders in the pre-period */
  preOrders: Float64Array
}

export function timeOf(at: Date | number): number {
  return typeof at === "number" ? at : at.getTime()
}

/** Builds the panel of `customerIds` (duplicates dropped) from their orders; other customers' orders are ignored. */
export function buildCustomerPanel(customerIds: Iterable<string>, orders: Iterable<PanelOrder>, window: PanelWindow): CustomerPanel {
  if (!(window.to > window.from)) throw new RangeError("the window must end after it starts")
  const index = new Map<string, number>()
  const ids: string[] = []
  for (const id of customerIds) {
    if (index.has(id)) continue
    index.set(id, ids.length)
    ids.push(id)
  }
  const n = ids.length
  const panel: CustomerPanel = {
    customerIds: ids,
    index,
    gmv: new Float64Array(n),
    orders: new Float64Array(n),
    preGmv: new Float64Array(n),
    preOrders: new Float64Array(n),
  }
  const preFrom = window.preFrom ?? -Infinity
  for (const o of orders) {
    if (o.customer_id === null) continue
    const i = index.get(o.customer_id)
    if (i === undefined) continue
    const t = timeOf(o.placed_at)
    if (t >= window.from && t < window.to) {
      panel.gmv[i] += o.total
      panel.orders[i] += 1
    } else if (t >= preFrom && t < window.from) {
      panel.preGmv[i] += o.total
      panel.preOrders[i] += 1
    }
  }
  return panel
}

export type ArmComparison = {
  nTreatment: number
  nControl: number
  /** GMV per customer (minor units), CUPED on pre-period GMV */
  gmvPerCustomer: CupedResult & { probabilityBetter: number }
  /** the same, plain Welch */
  gmvPerCustomerWelch: DiffResult & { probabilityBetter: number }
  /** orders per customer, CUPED on pre-period orders */
  ordersPerCustomer: CupedResult & { probabilityBetter: number }
  ordersPerCustomerWelch: DiffResult & { probabilityBetter: number }
  /** share of customers with at least one order in the window, two-proportion z */
  conversionRate: DiffResult & { probabilityBetter: number }
}

/**
 * Compares two sets of panel rows (treatment, control) on GMV per customer, orders per customer and the
 * conversion rate. `gmv` overrides the panel's window GMV (e.g. a benchmark's planted values).
 */
export function compareArms(
  panel: CustomerPanel,
  treatment: ArrayLike<number>,
  control: ArrayLike<number>,
  options: TestOptions & { gmv?: ArrayLike<number> } = {}
): ArmComparison {
  const gmv = options.gmv ?? panel.gmv
  const mT = momentsOf(gmv, panel.preGmv, treatment)
  const mC = momentsOf(gmv, panel.preGmv, control)
  const oT = momentsOf(panel.orders, panel.preOrders, treatment)
  const oC = momentsOf(panel.orders, panel.preOrders, control)
  const withP = <T extends DiffResult>(r: T) => ({ ...r, probabilityBetter: probabilityBetterNormal(r.diff, r.se) })
  const converted = (rows: ArrayLike<number>) => {
    let c = 0
    for (let k = 0; k < rows.length; k++) if (panel.orders[rows[k]] > 0) c++
    return { successes: c, n: rows.length }
  }
  const cT = converted(treatment)
  const cC = converted(control)
  const conv = twoProportionTest(cT, cC, options)
  return {
    nTreatment: treatment.length,
    nControl: control.length,
    gmvPerCustomer: withP(cupedTest(mT, mC, options)),
    gmvPerCustomerWelch: withP(welchTest(mT, mC, options)),
    ordersPerCustomer: withP(cupedTest(oT, oC, options)),
    ordersPerCustomerWelch: withP(welchTest(oT, oC, options)),
    conversionRate: { ...conv, probabilityBetter: probabilityBetterBeta(cT, cC) },
  }
}
