/**
 * Logistic regression by Newton's method with an L2 penalty lives in core (one implementation, shared with risk);
 * personas keeps its model as `{ weights }` (intercept first, on standardised features).
 */
import { logisticLogit as logitOfWeights } from "@finesse/core/lib/math/logistic-regression"

export { fitLogistic, type LogisticOptions } from "@finesse/core/lib/math/logistic-regression"
export { solveSymmetric } from "@finesse/core/lib/math/linear-solve"

export type LogisticModel = { weights: number[] }

/** The linear score (log-odds) of one standardised row. */
export const logisticLogit = (model: LogisticModel, row: ArrayLike<number>): number => logitOfWeights(model.weights, row)
