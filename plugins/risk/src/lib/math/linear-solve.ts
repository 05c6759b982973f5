/** The symmetric positive-definite solver lives in core (one implementation). */
export { solveSymmetric } from "@finesse/core/lib/math/linear-solve"
