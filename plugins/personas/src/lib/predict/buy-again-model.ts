import { createRng, sampleIndices } from "../math/prng"
import { sigmoid } from "../math/special-functions"
import { fitStandardizer, standardizeMatrix, standardizeValue, type Standardizer } from "../math/standardizer"
import { DAY_MS, type OrderTable } from "../orders/order-table"
import { boughtBetween, buyAgainFeatureMatrix, BUY_AGAIN_DIMENSION, BUY_AGAIN_FEATURES } from "./buy-again-features"
import { boostingLogit, fitBoosting, type BoostingModel, type BoostingOptions } from "./gradient-boosting"
import { fitLogistic, logisticLogit, type LogisticModel } from "./logistic-regression"

/**
 * Buy-again probability learnt from the store's own history with time-shifted labels: for a label window
 * of W days, features are computed as of asOf − W and the label is "ordered in [asOf − W, asOf)"; the
 * fitted model is then applied to features as of asOf. Nothing after asOf is read.
 *
 * Two windows by default, 30 and 90 days: the short one is trained on the freshest behaviour, the long one
 * matches the 90-day horizon. Each window blends a ridge logistic regression with small boosted trees
 * (mean of their log-odds), and converts its W-day probability to any horizon t with a constant hazard,
 * P_t = 1 − (1 − P_W)^(t/W). The prediction for t is the mean over windows. Backtests on Online Retail
 * (five as-of dates before the protocol P date) preferred this blend to either window or learner alone.
 */
export type BuyAgainOptions = {
  windowsDays?: number[]
  /** Ridge penalty of the logistic regression (features standardised). */
  l2?: number
  boosting?: BoostingOptions
  /** A window is skipped when its training set has fewer positives or negatives than this. */
  minClassSize?: number
  /** Training rows per window are capped by a seeded sample, bounding time and memory on big stores. */
  maxTrainingRows?: number
  seed?: number
}

export type BuyAgainWindow = {
  windowDays: number
  trainingRows: number
  positives: number
  standardizer: Standardizer
  logistic: LogisticModel
  boosting: BoostingModel
}

/** Plain JSON: store it with the recompute and score single customers incrementally. */
export type BuyAgainModel = { asOf: number; features: readonly string[]; windows: BuyAgainWindow[] }

export const DEFAULT_BOOSTING: BoostingOptions = { trees: 150, depth: 2, learningRate: 0.05, bins: 32, minLeafSize: 20, l2: 1 }

export function fitBuyAgainModel(table: OrderTable, asOf: number, options: BuyAgainOptions = {}): BuyAgainModel {
  const {
    windowsDays = [30, 90],
    l2 = 30,
    boosting = DEFAULT_BOOSTING,
    minClassSize = 25,
    maxTrainingRows = 200_000,
    seed = 1,
  } = options
  const d = BUY_AGAIN_DIMENSION
  const windows: BuyAgainWindow[] = []
  for (const w of windowsDays) {
    const cut = asOf - w * DAY_MS
    const m = buyAgainFeatureMatrix(table, cut)
    let rows: Int32Array = Int32Array.from({ length: m.customers.length }, (_, i) => i)
    if (rows.length > maxTrainingRows) rows = sampleIndices(rows.length, maxTrainingRows, createRng(seed + w))
    const x = new Float64Array(rows.length * d)
    const y = new Float64Array(rows.length)
    let positives = 0
    rows.forEach((r, i) => {
      x.set(m.x.subarray(r * d, (r + 1) * d), i * d)
      y[i] = boughtBetween(table, m.customers[r], cut, asOf)
      positives += y[i]
    })
    if (positives < minClassSize || rows.length - positives < minClassSize) continue
    const standardizer = fitStandardizer(x, d)
    windows.push({
      windowDays: w,
      trainingRows: rows.length,
      positives,
      standardizer,
      logistic: fitLogistic(standardizeMatrix(x, d, standardizer), y, d, { l2 }),
      boosting: fitBoosting(x, y, d, boosting),
    })
  }
  return { asOf, features: BUY_AGAIN_FEATURES, windows }
}

/** The W-day probability of one window for one feature row (raw, unstandardised features). */
export function windowProbability(w: BuyAgainWindow, row: ArrayLike<number>): number {
  const z = new Float64Array(row.length)
  for (let j = 0; j < row.length; j++) z[j] = standardizeValue(row[j], w.standardizer, j)
  return sigmoid((logisticLogit(w.logistic, z) + boostingLogit(w.boosting, row)) / 2)
}

/** P(at least one order within `horizonDays`), or null when no window could be trained (too little history). */
export function buyAgainProbability(model: BuyAgainModel, row: ArrayLike<number>, horizonDays: number): number | null {
  if (model.windows.length === 0) return null
  let sum = 0
  for (const w of model.windows) {
    const p = windowProbability(w, row)
    sum += 1 - Math.pow(1 - p, horizonDays / w.windowDays)
  }
  return sum / model.windows.length
}
