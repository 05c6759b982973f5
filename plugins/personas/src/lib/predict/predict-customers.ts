import { rowsBefore, type OrderTable } from "../orders/order-table"
import { BUY_AGAIN_DIMENSION, createFeatureScratch, writeBuyAgainFeatures, type FeatureScratch } from "./buy-again-features"
import { buyAgainProbability, fitBuyAgainModel, type BuyAgainModel, type BuyAgainOptions } from "./buy-again-model"
import { churnRisk, type ChurnRisk } from "./churn-risk"
import {
  expectedPurchases,
  expectedSpendPerPurchase,
  fitValueModel,
  probabilityAlive,
  probabilityBuyByBgNbd,
  type ValueModel,
  type ValueOptions,
} from "./customer-value"
import { valueSummary } from "./repeat-summary"

/** Everything needed to score a customer later without refitting: store it as JSON with the recompute. */
export type PredictionModel = { asOf: number; buyAgain: BuyAgainModel; value: ValueModel }

export type PredictionOptions = { buyAgain?: BuyAgainOptions; value?: ValueOptions }

export type CustomerPrediction = {
  pBuy30d: number
  pBuy90d: number
  /** Expected net spend over the next 365 days, integer minor units (rounded once, here). */
  expectedValue12mMinor: number
  expectedPurchases12m: number
  /** BG/NBD probability that the customer is still active; null without a fitted model. */
  pAlive: number | null
  /** Band of P(no order within 90 days). */
  churnRisk: ChurnRisk
  /** Which model produced the probabilities: the time-shifted blend, or BG/NBD for stores too young to train it. */
  method: "time-shifted" | "bg-nbd"
}

export function fitPredictionModel(table: OrderTable, asOf: number, options: PredictionOptions = {}): PredictionModel {
  return {
    asOf,
    buyAgain: fitBuyAgainModel(table, asOf, options.buyAgain),
    value: fitValueModel(table, asOf, options.value),
  }
}

/**
 * Scores customer c of the table as of `asOf` (which may be later than the model's: the incremental path
 * after a new order). Null when the customer has no order before `asOf`.
 */
export function predictCustomer(
  model: PredictionModel,
  table: OrderTable,
  c: number,
  asOf: number,
  scratch: FeatureScratch = createFeatureScratch(table),
  row: Float64Array = new Float64Array(BUY_AGAIN_DIMENSION),
): CustomerPrediction | null {
  const summary = valueSummary(table, c, asOf)
  if (!summary || !writeBuyAgainFeatures(table, c, asOf, scratch, row, 0)) return null
  let p30 = buyAgainProbability(model.buyAgain, row, 30)
  let p90 = buyAgainProbability(model.buyAgain, row, 90)
  let method: CustomerPrediction["method"] = "time-shifted"
  if (p30 === null || p90 === null) {
    p30 = probabilityBuyByBgNbd(model.value, summary, 30) ?? 0
    p90 = probabilityBuyByBgNbd(model.value, summary, 90) ?? 0
    method = "bg-nbd"
  }
  const purchases = expectedPurchases(model.value, summary, 365)
  const a = table.offsets[c]
  const end = rowsBefore(table, c, asOf)
  let spend = 0
  for (let o = a; o < end; o++) spend += table.netMinor[o]
  return {
    pBuy30d: p30,
    pBuy90d: p90,
    expectedValue12mMinor: Math.round(purchases * expectedSpendPerPurchase(model.value, summary, spend / (end - a))),
    expectedPurchases12m: purchases,
    pAlive: probabilityAlive(model.value, summary),
    churnRisk: churnRisk(p90),
    method,
  }
}

/** Predictions for every customer of the table (null for those without an order before `asOf`). */
export function predictAll(model: PredictionModel, table: OrderTable, asOf: number): (CustomerPrediction | null)[] {
  const scratch = createFeatureScratch(table)
  const row = new Float64Array(BUY_AGAIN_DIMENSION)
  return table.customerIds.map((_, c) => predictCustomer(model, table, c, asOf, scratch, row))
}
