import { createRng, sampleIndices } from "../math/prng"
import type { OrderTable } from "../orders/order-table"
import { bgNbdExpectedPurchases, bgNbdProbabilityAlive, bgNbdProbabilityBuy, fitBgNbd, type BgNbdParams } from "./bg-nbd"
import { fitGammaGamma, gammaGammaExpectedValue, type GammaGammaParams } from "./gamma-gamma"
import { valueSummary, type ValueSummary } from "./repeat-summary"

/**
 * Expected future value = BG/NBD expected purchases × Gamma-Gamma expected spend per purchase.
 * Both are population models fitted by maximum likelihood, on at most `maxFitCustomers` customers
 * (a seeded sample): parameters of a 4-parameter model are settled long before 100,000 customers.
 */
export type ValueModel = {
  bgNbd: BgNbdParams | null
  gammaGamma: GammaGammaParams | null
  /** Mean spend per purchase day over all customers, used when Gamma-Gamma could not be fitted. */
  meanSpendMinor: number
}

export type ValueOptions = { maxFitCustomers?: number; seed?: number }

export function fitValueModel(table: OrderTable, asOf: number, options: ValueOptions = {}): ValueModel {
  const { maxFitCustomers = 20_000, seed = 1 } = options
  const summaries: ValueSummary[] = []
  let spend = 0
  let purchaseDays = 0
  for (let c = 0; c < table.customerIds.length; c++) {
    const s = valueSummary(table, c, asOf)
    if (!s) continue
    summaries.push(s)
  }
  for (const s of summaries) {
    spend += s.repeatMeanMinor * s.x
    purchaseDays += s.x
  }
  const chosen = sampleIndices(summaries.length, maxFitCustomers, createRng(seed))
  const pick = (f: (s: ValueSummary) => number) => Float64Array.from(chosen, (i) => f(summaries[i]))
  const bgNbd = summaries.length > 0 ? fitBgNbd({ x: pick((s) => s.x), tx: pick((s) => s.tx), T: pick((s) => s.T) }) : null
  let gammaGamma: GammaGammaParams | null = null
  try {
    gammaGamma = fitGammaGamma({ x: pick((s) => s.x), meanValue: pick((s) => s.repeatMeanMinor) })
    if (!(gammaGamma.q > 1)) gammaGamma = null
  } catch {
    gammaGamma = null // too few repeat buyers: fall back to plain means below
  }
  return { bgNbd, gammaGamma, meanSpendMinor: purchaseDays > 0 ? spend / purchaseDays : 0 }
}

/**
 * Expected spend per future purchase day, minor units (not rounded: callers round the final figure once).
 * Gamma-Gamma when fitted; else the customer's repeat mean, the store's mean, or their own mean order.
 */
export function expectedSpendPerPurchase(model: ValueModel, s: ValueSummary, ownMeanOrderMinor: number): number {
  if (model.gammaGamma) return gammaGammaExpectedValue(model.gammaGamma, s.x, s.repeatMeanMinor)
  if (s.x > 0) return s.repeatMeanMinor
  return model.meanSpendMinor > 0 ? model.meanSpendMinor : ownMeanOrderMinor
}

/** Expected purchases in the next `horizonDays`, or 0 without a fitted BG/NBD. */
export function expectedPurchases(model: ValueModel, s: ValueSummary, horizonDays: number): number {
  return model.bgNbd ? bgNbdExpectedPurchases(model.bgNbd, s, horizonDays) : 0
}

export function probabilityAlive(model: ValueModel, s: ValueSummary): number | null {
  return model.bgNbd ? bgNbdProbabilityAlive(model.bgNbd, s) : null
}

/** BG/NBD's P(buy within horizon): the fallback buy-again score when the time-shifted model cannot be trained. */
export function probabilityBuyByBgNbd(model: ValueModel, s: ValueSummary, horizonDays: number): number | null {
  return model.bgNbd ? bgNbdProbabilityBuy(model.bgNbd, s, horizonDays) : null
}
