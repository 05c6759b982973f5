import { roundMinor } from "../math/money"
import { probabilityBetterBeta, probabilityBetterNormal } from "../stats/bayes"
import { cupedTest } from "../stats/cuped"
import { checkAlpha, type DiffResult } from "../stats/diff-result"
import { momentsOf } from "../stats/moments"
import { ratioDiffTest } from "../stats/ratio"
import { sampleRatioMismatch, type SrmResult } from "../stats/srm"
import { twoProportionTest } from "../stats/two-proportion"
import { welchTest } from "../stats/welch"
import { budgetBurn, type Budget, type BudgetBurn } from "./budget-burn"
import { timeOf } from "./customer-panel"
import { buildEvaluationPanel, DAY_MS, usesCode, type EvalLine, type EvalOrder, type EvaluationPanel, type EvaluationPeriods } from "./evaluation-panel"
import { matchCoarsened, standardizedDifference, stratifiedDiff, type Matching } from "./matched-control"
import { acquisitionRetention, type AcquisitionSummary } from "./retention"

export type PromotionUnderTest = {
  /** the code as it appears in the order facts' promotion_codes */
  code: string
  /** epoch ms, inclusive */
  startsAt: number
  /** epoch ms, exclusive */
  endsAt: number
  budget?: Budget
}

export type ControlDesign =
  /** a randomised holdout kept out of the promotion; designedShare enables the sample-ratio check */
  | { kind: "holdout"; customerIds: string[]; designedShare?: number }
  /** no holdout: a matched synthetic control from these non-exposed customers (coarsened exact matching) */
  | { kind: "matched"; candidateIds: string[] }

export type EvaluationInput = {
  promotion: PromotionUnderTest
  /** orders of the treated and control customers (and any others: new-customer share and retention read all) */
  orders: readonly EvalOrder[]
  /** line facts of the same orders (optional): full-price sales are then read per line, not per order */
  lines?: readonly EvalLine[]
  /** the customers targeted (exposed) */
  treatment: string[]
  control: ControlDesign
  now: number
  options?: {
    alpha?: number
    /** pre-period length before the start, the CUPED covariate and the matching features (default 90 days) */
    preDays?: number
    /** post period after the end, where pull-forward shows as a dip (default 30 days) */
    postDays?: number
    /** retention horizons (default 30, 60, 90 days) */
    retentionDays?: number[]
  }
}

/** An effect per treated customer and in total over the treated audience (per customer × n treated). */
export type Effect = {
  /** the report's estimate: CUPED on the same metric's pre-period (holdout) or the matched stratified ATT */
  perCustomer: DiffResult
  /** the naive comparison for reference: plain Welch (holdout), or treated vs all candidates (matched) */
  perCustomerUnadjusted: DiffResult
  /** minor units (or a count for orders), rounded once */
  total: number
  totalLow: number
  totalHigh: number
  probabilityBetter: number
}

export type Verdict = {
  outcome: "paid_off" | "lost_margin" | "inconclusive"
  /** the metric the verdict is read from: net_margin when costs are known, else net_gmv */
  basis: "net_margin" | "net_gmv"
  reasons: string[]
}

export type PromotionReport = {
  code: string
  design: "holdout" | "matched"
  periods: EvaluationPeriods
  /** the post period has not fully elapsed: pull-forward and net effects are provisional */
  postPeriodComplete: boolean
  audience: {
    treatment: number
    control: number
    /** matched design: exposed customers without any comparable non-exposed customer (left out) */
    unmatchedTreatment: number
    srm: SrmResult | null
    /** matched design: balance of pre-period GMV after matching (|smd| < 0.1 is good balance) */
    balance: { treated: number; control: number; smd: number } | null
  }
  incrementalOrders: Effect
  incrementalGmv: Effect
  /** null when some order had no cost */
  incrementalMargin: Effect | null
  /** share of customers with an order in the period: two-proportion z (holdout) or the matched stratified ATT */
  conversion: DiffResult & { probabilityBetter: number }
  /** average order value in the period (minor units): delta-method interval (holdout), point comparison (matched) */
  aov: DiffResult
  promotionOrders: {
    orders: number
    gmv: number
    discount: number
    newCustomerOrders: number
    /** share of the promotion's orders placed by first-time customers */
    newCustomerShare: number
  }
  acquisition: AcquisitionSummary
  /** GMV per customer after the end, treatment − control: negative is a dip (sales pulled forward) */
  pullForward: Effect & {
    /** share of the period's incremental GMV given back after it (0 when there is no dip or no uplift) */
    givenBackShare: number
  }
  /** full-price GMV per customer during the period: negative means discounted sales replaced full-price ones */
  cannibalisation: Effect & {
    /** share of the promotion's GMV that replaced full-price sales (0 when none did) */
    cannibalisedShare: number
  }
  /** margin (or GMV without costs) over the period and the post period together: the headline */
  netEffect: Effect & { basis: "net_margin" | "net_gmv" }
  /** discount paid on the treated customers' promotion orders in the period */
  discountCost: number
  /** discount cost per incremental order (Infinity when there were none) */
  discountPerIncrementalOrder: number
  budget: BudgetBurn | null
  verdict: Verdict
}

type Arms = { kind: "holdout"; t: Int32Array; c: Int32Array } | { kind: "matched"; m: Matching; t: Int32Array; c: Int32Array }

function effect(arms: Arms, y: Float64Array, pre: Float64Array | null, alpha: number): Effect {
  let adjusted: DiffResult
  let plain: DiffResult
  if (arms.kind === "holdout") {
    const mT = momentsOf(y, pre, arms.t)
    const mC = momentsOf(y, pre, arms.c)
    adjusted = pre ? cupedTest(mT, mC, { alpha }) : welchTest(mT, mC, { alpha })
    plain = welchTest(mT, mC, { alpha })
  } else {
    adjusted = stratifiedDiff(y, arms.m, { alpha })
    plain = welchTest(momentsOf(y, null, arms.t), momentsOf(y, null, arms.c), { alpha })
  }
  const n = adjusted.nTreatment
  return {
    perCustomer: adjusted,
    perCustomerUnadjusted: plain,
    total: roundMinor(adjusted.diff * n),
    totalLow: roundMinor(adjusted.ciLow * n),
    totalHigh: roundMinor(adjusted.ciHigh * n),
    probabilityBetter: probabilityBetterNormal(adjusted.diff, adjusted.se),
  }
}

/**
 * AOV of the exposed customers against the matched control weighted to their mix (Σ w·GMV / Σ w·orders). A point
 * comparison only: no interval (se NaN), since the delta method here would also need the weights' variance.
 */
function weightedAov(panel: EvaluationPanel, m: Matching, alpha: number): DiffResult {
  let g = 0
  let o = 0
  for (let k = 0; k < m.treated.length; k++) {
    g += panel.gmv[m.treated[k]]
    o += panel.orders[m.treated[k]]
  }
  let wg = 0
  let wo = 0
  for (let k = 0; k < m.control.length; k++) {
    wg += m.controlWeight[k] * panel.gmv[m.control[k]]
    wo += m.controlWeight[k] * panel.orders[m.control[k]]
  }
  const t = o > 0 ? g / o : NaN
  const c = wo > 0 ? wg / wo : NaN
  return {
    estimator: "weighted_ratio",
    nTreatment: m.treated.length,
    nControl: m.control.length,
    meanTreatment: t,
    meanControl: c,
    diff: t - c,
    relative: c ? (t - c) / c : NaN,
    se: NaN,
    df: NaN,
    statistic: NaN,
    p: NaN,
    alpha,
    ciLow: NaN,
    ciHigh: NaN,
  }
}

function rowsOf(panel: EvaluationPanel, ids: string[]): Int32Array {
  const seen = new Set<number>()
  for (const id of ids) {
    const i = panel.index.get(id)
    if (i !== undefined) seen.add(i)
  }
  return Int32Array.from([...seen].sort((a, b) => a - b))
}

/**
 * The evaluation report of one promotion: incremental orders, GMV and margin against the holdout (CUPED on
 * each metric's pre-period value) or a matched synthetic control, conversion, AOV, new-customer share and the
 * retention of the customers it acquired, pull-forward, cannibalisation of full-price sales, budget burn and a
 * verdict on the net effect (period + post period). One pass over the orders plus per-customer typed arrays.
 */
export function evaluatePromotion(input: EvaluationInput): PromotionReport {
  const { promotion, orders, now } = input
  const alpha = checkAlpha(input.options?.alpha)
  const preDays = input.options?.preDays ?? 90
  const postDays = input.options?.postDays ?? 30
  if (!(promotion.endsAt > promotion.startsAt)) throw new RangeError("a promotion must end after it starts")
  if (!(now > promotion.startsAt)) throw new RangeError("nothing to evaluate before the promotion starts")
  const fullPostEnd = promotion.endsAt + postDays * DAY_MS
  const periods: EvaluationPeriods = {
    preFrom: promotion.startsAt - preDays * DAY_MS,
    start: promotion.startsAt,
    end: Math.min(promotion.endsAt, now),
    postEnd: Math.max(Math.min(fullPostEnd, now), Math.min(promotion.endsAt, now)),
  }
  const treatedSet = new Set(input.treatment)
  const controlIds = input.control.kind === "holdout" ? input.control.customerIds : input.control.candidateIds
  const overlap = controlIds.filter((id) => treatedSet.has(id)).length
  if (overlap > 0) throw new RangeError(`${overlap} customer(s) are in both the treatment and the control`)
  const panel = buildEvaluationPanel([...input.treatment, ...controlIds], orders, periods, promotion.code, input.lines)
  const tRows = rowsOf(panel, input.treatment)
  const cRows = rowsOf(panel, controlIds)
  if (tRows.length < 2 || cRows.length < 2) throw new RangeError("the treatment and the control need at least two customers each")

  let arms: Arms
  let srm: SrmResult | null = null
  let balance: PromotionReport["audience"]["balance"] = null
  let unmatched = 0
  if (input.control.kind === "holdout") {
    arms = { kind: "holdout", t: tRows, c: cRows }
    const share = input.control.designedShare
    if (share !== undefined) srm = sampleRatioMismatch([tRows.length, cRows.length], [1 - share, share])
  } else {
    const m = matchCoarsened(panel, tRows, cRows)
    if (m.treated.length < 2 || m.control.length < 2) throw new RangeError("too few exposed customers found a match")
    arms = { kind: "matched", m, t: m.treated, c: m.control }
    unmatched = m.unmatchedTreated
    balance = standardizedDifference(panel.preGmv, m)
  }

  const incrementalOrders = effect(arms, panel.orders, panel.preOrders, alpha)
  const incrementalGmv = effect(arms, panel.gmv, panel.preGmv, alpha)
  const incrementalMargin = panel.marginKnown ? effect(arms, panel.margin, panel.preMargin, alpha) : null

  // conversion and AOV: randomised arms compared directly; a matched control weighted to the exposed mix
  const converted = (rows: Int32Array) => {
    let c = 0
    for (let k = 0; k < rows.length; k++) if (panel.orders[rows[k]] > 0) c++
    return { successes: c, n: rows.length }
  }
  const cT = converted(arms.t)
  const cC = converted(arms.c)
  let conversion: PromotionReport["conversion"]
  let aov: DiffResult
  if (arms.kind === "holdout") {
    conversion = { ...twoProportionTest(cT, cC, { alpha }), probabilityBetter: probabilityBetterBeta(cT, cC) }
    aov = ratioDiffTest(momentsOf(panel.gmv, panel.orders, arms.t), momentsOf(panel.gmv, panel.orders, arms.c), { alpha })
  } else {
    const bought = new Float64Array(panel.customerIds.length)
    for (let i = 0; i < bought.length; i++) bought[i] = panel.orders[i] > 0 ? 1 : 0
    const d = stratifiedDiff(bought, arms.m, { alpha })
    conversion = { ...d, probabilityBetter: probabilityBetterNormal(d.diff, d.se) }
    aov = weightedAov(panel, arms.m, alpha)
  }

  const postComplete = now >= fullPostEnd
  const pf = effect(arms, panel.postGmv, panel.preGmv, alpha)
  const uplift = incrementalGmv.total
  const pullForward = {
    ...pf,
    givenBackShare: uplift > 0 && pf.total < 0 ? Math.min(1, -pf.total / uplift) : 0,
  }

  // promotion orders (all customers in the input) and the discount on the treated ones
  let promoOrders = 0
  let promoGmv = 0
  let promoDiscount = 0
  let promoNew = 0
  const uses: { at: number; discount: number }[] = []
  for (let k = 0; k < orders.length; k++) {
    const o = orders[k]
    if (!usesCode(o, promotion.code)) continue
    const t = timeOf(o.placed_at)
    uses.push({ at: t, discount: o.discount_total })
    if (t < periods.start || t >= periods.end) continue
    promoOrders++
    promoGmv += o.total
    promoDiscount += o.discount_total
    if (o.customer_order_index === 1) promoNew++
  }
  let discountCost = 0
  for (let k = 0; k < arms.t.length; k++) discountCost += panel.promoDiscount[arms.t[k]]

  const cf = effect(arms, panel.fullPriceGmv, null, alpha)
  const cannibalisation = {
    ...cf,
    cannibalisedShare: cf.total < 0 && promoGmv > 0 ? Math.min(1, -cf.total / promoGmv) : 0,
  }

  const basis = panel.marginKnown ? "net_margin" : "net_gmv"
  const netY = new Float64Array(panel.customerIds.length)
  const netPre = basis === "net_margin" ? panel.preMargin : panel.preGmv
  for (let i = 0; i < netY.length; i++) {
    netY[i] = basis === "net_margin" ? panel.margin[i] + panel.postMargin[i] : panel.gmv[i] + panel.postGmv[i]
  }
  const netEffect = { ...effect(arms, netY, netPre, alpha), basis: basis as "net_margin" | "net_gmv" }

  const reasons: string[] = []
  const outcome: Verdict["outcome"] =
    netEffect.perCustomer.ciLow > 0 ? "paid_off" : netEffect.perCustomer.ciHigh < 0 ? "lost_margin" : "inconclusive"
  const label = basis === "net_margin" ? "net incremental margin" : "net incremental GMV"
  reasons.push(`${label} ${netEffect.total} (${netEffect.totalLow} to ${netEffect.totalHigh}) over the period and ${postDays} days after`)
  if (pullForward.givenBackShare > 0.2 && pf.perCustomer.ciHigh < 0) {
    reasons.push(`pull-forward: ${Math.round(pullForward.givenBackShare * 100)} % of the period's incremental GMV was given back after it`)
  }
  if (cannibalisation.cannibalisedShare > 0.2 && cf.perCustomer.ciHigh < 0) {
    reasons.push(`cannibalisation: ${Math.round(cannibalisation.cannibalisedShare * 100)} % of the promotion's GMV replaced full-price sales`)
  }
  if (incrementalMargin && incrementalMargin.perCustomer.ciHigh < 0) reasons.push("the discount cost more than the incremental sales earned during the period")
  if (!postComplete) reasons.push(`provisional: the ${postDays}-day post period has not elapsed`)
  if (srm?.mismatch) reasons.push(`sample-ratio mismatch (p = ${srm.p.toExponential(2)}): the holdout split is broken, do not trust these numbers`)
  if (balance && Math.abs(balance.smd) > 0.1) reasons.push(`matched control is imbalanced on pre-period GMV (smd ${balance.smd.toFixed(2)})`)

  return {
    code: promotion.code,
    design: input.control.kind,
    periods,
    postPeriodComplete: postComplete,
    audience: { treatment: arms.t.length, control: arms.c.length, unmatchedTreatment: unmatched, srm, balance },
    incrementalOrders,
    incrementalGmv,
    incrementalMargin,
    conversion,
    aov,
    promotionOrders: {
      orders: promoOrders,
      gmv: promoGmv,
      discount: promoDiscount,
      newCustomerOrders: promoNew,
      newCustomerShare: promoOrders > 0 ? promoNew / promoOrders : NaN,
    },
    acquisition: acquisitionRetention(orders, periods, promotion.code, now, input.options?.retentionDays),
    pullForward,
    cannibalisation,
    netEffect,
    discountCost,
    discountPerIncrementalOrder: incrementalOrders.total > 0 ? discountCost / incrementalOrders.total : Infinity,
    budget: promotion.budget ? budgetBurn(promotion.budget, uses, { start: promotion.startsAt, end: promotion.endsAt }, now) : null,
    verdict: { outcome, basis, reasons },
  }
}
