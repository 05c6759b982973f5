import { fitLogistic, logisticLogit } from "../math/logistic-regression"
import { applyPlatt, fitPlatt } from "../math/platt"
import { createRng, shuffledIndices } from "../math/prng"
import { rocAuc } from "../math/roc-auc"
import { fitStandardizer, standardizeMatrix } from "../math/standardizer"
import { evaluateSignals, rulesScore } from "../score/score-order"
import type { CompiledRiskConfig } from "../score/risk-config"
import { riskKeys } from "../signals/risk-keys"
import type { SignalContext } from "../signals/types"
import type { BacktestRecord } from "../backtest/backtest"
import { riskFeatureNames, riskFeatureValues } from "./risk-features"
import type { CalibrationBin, RiskModel, TrainedRiskModel } from "./risk-model-types"

/**
 * Minimum labels before a model is trained. Below about 30 fraud labels the out-of-fold AUC has a standard error
 * above 0.05 (Hanley & McNeil 1982) and Platt's two calibration parameters are fitted on a handful of positives;
 * 30 is also the usual floor of 10 events per effective parameter (Peduzzi et al. 1996) for the 3–4 features
 * that carry the signal once the L2 penalty shrinks the rest. 100 good orders keep the base rate honest.
 */
export const MIN_FRAUD_LABELS = 30
export const MIN_GOOD_LABELS = 100

export type TrainOptions = {
  now: number
  /** L2 penalty on standardised weights (see `fitLogistic`). */
  l2?: number
  folds?: number
  seed?: number
  minPositives?: number
  minNegatives?: number
  /** Calibration bins for the status page. */
  bins?: number
}

/** Feature matrix of labelled records under a configuration (rows of unlabelled records are skipped). */
export function riskTrainingMatrix(records: readonly BacktestRecord[], config: CompiledRiskConfig, names = riskFeatureNames(config)) {
  const rows = records.filter((r) => r.label === 0 || r.label === 1)
  const d = names.length
  const x = new Float64Array(rows.length * d)
  const y = new Float64Array(rows.length)
  const rules = new Float64Array(rows.length)
  const row = new Float64Array(d)
  rows.forEach((r, i) => {
    const ctx: SignalContext = { facts: r.facts, keys: r.keys ?? riskKeys(r.facts), lookups: r.lookups, lists: config.lists }
    const results = evaluateSignals(ctx, config)
    riskFeatureValues(names, ctx, new Map(results.map((s) => [s.code, s])), row)
    x.set(row, i * d)
    y[i] = r.label!
    rules[i] = rulesScore(results)
  })
  return { names, x, y, rules, n: rows.length, d }
}

function calibrationBins(p: ArrayLike<number>, y: ArrayLike<number>, bins: number): { bins: CalibrationBin[]; ece: number } {
  const out: CalibrationBin[] = Array.from({ length: bins }, (_, b) => ({ from: b / bins, to: (b + 1) / bins, count: 0, meanPredicted: 0, observed: 0 }))
  for (let i = 0; i < p.length; i++) {
    const b = Math.min(bins - 1, Math.floor(p[i] * bins))
    out[b].count++
    out[b].meanPredicted += p[i]
    out[b].observed += y[i]
  }
  let ece = 0
  for (const b of out) {
    if (!b.count) continue
    b.meanPredicted /= b.count
    b.observed /= b.count
    ece += (b.count / p.length) * Math.abs(b.meanPredicted - b.observed)
  }
  return { bins: out.filter((b) => b.count > 0), ece }
}

/**
 * Trains the store's model on labelled past orders: L2 logistic regression on standardised features (signal hits,
 * log amount, account age, counts), k-fold out-of-fold scores for honest metrics and for Platt calibration, then a
 * refit on every label. Returns an "insufficient_labels" status (with what is missing) below the minimums.
 */
export function trainRiskModel(records: readonly BacktestRecord[], config: CompiledRiskConfig, o: TrainOptions): RiskModel {
  const { l2 = 1, folds = 5, seed = 1, minPositives = MIN_FRAUD_LABELS, minNegatives = MIN_GOOD_LABELS, bins = 10 } = o
  const m = riskTrainingMatrix(records, config)
  let positives = 0
  for (let i = 0; i < m.n; i++) positives += m.y[i]
  const negatives = m.n - positives
  if (positives < minPositives || negatives < minNegatives) {
    return {
      status: "insufficient_labels",
      trainedAt: o.now,
      labels: m.n,
      positives,
      negatives,
      minPositives,
      minNegatives,
      message: `needs ${minPositives} fraud and ${minNegatives} good labelled orders, has ${positives} and ${negatives}; scoring uses the rules alone`,
    }
  }
  // out-of-fold logits: each fold's standardiser and weights see only the other folds
  const order = shuffledIndices(m.n, createRng(seed))
  const fold = new Int32Array(m.n)
  order.forEach((row, k) => (fold[row] = k % folds))
  const oof = new Float64Array(m.n)
  for (let f = 0; f < folds; f++) {
    const train: number[] = []
    const test: number[] = []
    for (let i = 0; i < m.n; i++) (fold[i] === f ? test : train).push(i)
    const xt = new Float64Array(train.length * m.d)
    const yt = new Float64Array(train.length)
    train.forEach((row, k) => {
      xt.set(m.x.subarray(row * m.d, (row + 1) * m.d), k * m.d)
      yt[k] = m.y[row]
    })
    const s = fitStandardizer(xt, train.length, m.d)
    const fit = fitLogistic(standardizeMatrix(s, xt, train.length, m.d), yt, m.d, { l2 })
    const z = new Float64Array(m.d)
    for (const row of test) {
      for (let j = 0; j < m.d; j++) z[j] = (m.x[row * m.d + j] - s.means[j]) / s.sds[j]
      oof[row] = logisticLogit(fit.weights, z)
    }
  }
  const calibration = fitPlatt(oof, m.y)
  const p = Float64Array.from(oof, (z) => applyPlatt(calibration, z))
  let brier = 0
  let logLoss = 0
  for (let i = 0; i < m.n; i++) {
    brier += (p[i] - m.y[i]) ** 2
    const q = Math.min(1 - 1e-12, Math.max(1e-12, p[i]))
    logLoss -= m.y[i] ? Math.log(q) : Math.log(1 - q)
  }
  const cal = calibrationBins(p, m.y, bins)
  const s = fitStandardizer(m.x, m.n, m.d)
  const fit = fitLogistic(standardizeMatrix(s, m.x, m.n, m.d), m.y, m.d, { l2 })
  const model: TrainedRiskModel = {
    status: "trained",
    version: `lr-${o.now}-${m.n}`,
    trainedAt: o.now,
    featureNames: m.names,
    means: s.means,
    sds: s.sds,
    weights: fit.weights,
    calibration,
    l2,
    metrics: {
      labels: m.n,
      positives,
      negatives,
      baseRate: positives / m.n,
      auc: rocAuc(p, m.y),
      rulesAuc: rocAuc(m.rules, m.y),
      brier: brier / m.n,
      logLoss: logLoss / m.n,
      ece: cal.ece,
      calibration: cal.bins,
      folds,
    },
  }
  return model
}
