// Own-fleet vehicle routing with time windows: the public surface used by the dispatch job and the CLI.
export type { SolveOptions, VrpCustomer, VrpDepot, VrpInstance, VrpRoute, VrpSolution, VrpStats, VrpStop } from "./types"
export { solveVrptw } from "./solve"
export { parseSolomon, type SolomonParseResult } from "./solomon"
export { checkSolution, type CheckOptions, type CheckResult, type Violation, type ViolationKind } from "./check"
export { compileProblem, EPS, type Problem } from "./problem"
export { haversineKm, withRoadMatrices, EARTH_RADIUS_KM, type LatLng, type RoadModel } from "./geo"
