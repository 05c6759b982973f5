/** Logistic regression lives in core (one implementation, shared with personas). */
export { fitLogistic, logisticLogit, logisticObjective, sigmoid, type LogisticFit, type LogisticOptions } from "@finesse/core/lib/math/logistic-regression"
