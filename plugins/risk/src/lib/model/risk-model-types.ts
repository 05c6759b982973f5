import type { PlattCalibration } from "../math/platt"

export type CalibrationBin = { from: number; to: number; count: number; meanPredicted: number; observed: number }

/** Out-of-fold quality of a trained model: what the admin's model status shows. */
export type RiskModelMetrics = {
  labels: number
  positives: number
  negatives: number
  baseRate: number
  /** ROC AUC of the calibrated out-of-fold probabilities. */
  auc: number
  /** AUC of the rule points alone on the same orders, for comparison. */
  rulesAuc: number
  brier: number
  logLoss: number
  /** Expected calibration error over the bins (|mean predicted − observed| weighted by count). */
  ece: number
  calibration: CalibrationBin[]
  folds: number
}

/** A logistic regression on the store's own outcomes, with its standardisation and Platt calibration. */
export type TrainedRiskModel = {
  status: "trained"
  version: string
  trainedAt: number
  featureNames: string[]
  means: number[]
  sds: number[]
  /** Intercept first, then one weight per feature (standardised units). */
  weights: number[]
  calibration: PlattCalibration
  l2: number
  metrics: RiskModelMetrics
}

export type UntrainedRiskModel = {
  status: "insufficient_labels"
  trainedAt: number
  labels: number
  positives: number
  negatives: number
  minPositives: number
  minNegatives: number
  message: string
}

export type RiskModel = TrainedRiskModel | UntrainedRiskModel
