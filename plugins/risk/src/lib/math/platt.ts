import { fitLogistic, sigmoid } from "./logistic-regression"

/** P(fraud) = sigmoid(a · logit + b). */
export type PlattCalibration = { a: number; b: number }

/**
 * Platt scaling (Platt 1999, "Probabilistic outputs for support vector machines", §2.2): a one-feature logistic
 * regression of the labels on held-out scores, with Platt's smoothed targets t+ = (N+ + 1)/(N+ + 2) and
 * t− = 1/(N− + 2) so a small label set does not produce probabilities of exactly 0 or 1.
 */
export function fitPlatt(logits: ArrayLike<number>, labels: ArrayLike<number>): PlattCalibration {
  let pos = 0
  for (let i = 0; i < labels.length; i++) if (labels[i]) pos++
  const neg = labels.length - pos
  const hi = (pos + 1) / (pos + 2)
  const lo = 1 / (neg + 2)
  const targets = Float64Array.from({ length: labels.length }, (_, i) => (labels[i] ? hi : lo))
  const fit = fitLogistic(Float64Array.from(logits as ArrayLike<number>), targets, 1, { l2: 0 })
  return { a: fit.weights[1], b: fit.weights[0] }
}

export function applyPlatt(c: PlattCalibration, logit: number): number {
  return sigmoid(c.a * logit + c.b)
}
