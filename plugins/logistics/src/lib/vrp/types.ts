// The solver's public input and output. One generic instance serves the Solomon benchmark and the daily
// own-fleet dispatch: coordinates give exact Euclidean distances, or the caller passes a precomputed
// distance (and optionally travel-time) matrix, e.g. haversine kilometres and minutes at a road speed.

/** A point to serve. Times share one unit (minutes for dispatch, Solomon's abstract units for the benchmark). */
export interface VrpCustomer {
  id: string | number
  /** planar coordinates; used only when the instance has no distance matrix */
  x?: number
  y?: number
  demand: number
  /** earliest start of service; a vehicle arriving earlier waits */
  ready: number
  /** latest arrival (Solomon convention: service may start at `due` and end after it) */
  due: number
  /** service duration */
  service: number
}

export interface VrpDepot {
  id?: string | number
  x?: number
  y?: number
  /** earliest departure */
  ready: number
  /** latest return */
  due: number
}

export interface VrpInstance {
  name?: string
  depot: VrpDepot
  customers: VrpCustomer[]
  /** count: the fleet limit (vehicles available); capacity: one vehicle's capacity in demand units */
  vehicles: { count: number; capacity: number }
  /**
   * Optional (1 + customers) × (1 + customers) matrix, row/column 0 the depot and i the customer customers[i - 1]:
   * nested arrays or a row-major flat array. Replaces Euclidean distances from coordinates.
   */
  distance?: ArrayLike<number>[] | ArrayLike<number>
  /** Optional travel-time matrix of the same shape; defaults to the distance matrix (Solomon's convention). */
  travelTime?: ArrayLike<number>[] | ArrayLike<number>
}

/** One stop of a route, with the times of the earliest schedule (leave the depot at its ready time, wait when early). */
export interface VrpStop {
  /** index into instance.customers */
  index: number
  id: string | number
  arrival: number
  start: number
  departure: number
}

export interface VrpRoute {
  /** indices into instance.customers, in visiting order (depot implicit at both ends) */
  customers: number[]
  stops: VrpStop[]
  distance: number
  load: number
  /** depot departure (its ready time) and return in the earliest schedule */
  departure: number
  returnTime: number
}

export interface VrpSolution {
  vehicles: number
  /** total distance in double precision (sum of the exact route distances) */
  distance: number
  routes: VrpRoute[]
  /** customers that no vehicle can serve even alone (demand above capacity or window unreachable) */
  unserved: number[]
  /** true when every route is feasible, every servable customer is visited and vehicles <= the fleet limit */
  feasible: boolean
  stats: VrpStats
}

export interface VrpStats {
  /** ceil(total demand / capacity): no solution uses fewer vehicles */
  vehicleLowerBound: number
  /** vehicles after the construction and after route minimisation */
  constructedVehicles: number
  routeMinVehicles: number
  routeMinIterations: number
  routeMinSeconds: number
  hgsIterations: number
  hgsSeconds: number
  seconds: number
}

export interface SolveOptions {
  /** seed of the solver's PRNG: the same seed and iteration budgets give the same solution */
  seed?: number
  /** wall-clock budget in seconds, measured with `now` (default 10) */
  seconds?: number
  /** clock in milliseconds (e.g. performance.now or Date.now); required when `seconds` is finite */
  now?: () => number
  /** optional iteration caps (deterministic runs): ejection-pool steps and genetic-search iterations */
  routeMinIterations?: number
  hgsIterations?: number
  /** share of the budget the route-minimisation phase may use before distance minimisation (default 0.5) */
  routeMinShare?: number
  /** the route minimisation also stops after removing no route for this share of the budget (default 0.15) */
  routeMinStall?: number
  /**
   * share of the budget for a genetic search at one route fewer than route minimisation reached (default 0.3;
   * 0 disables it); if it finds a feasible solution it continues at that fleet
   */
  fleetReductionShare?: number
  /** number of nearest neighbours per customer in the local search (default 20) */
  granularity?: number
  /** progress callback, called now and then with the best solution so far */
  onProgress?: (p: { phase: "route-min" | "hgs"; vehicles: number; distance: number; elapsed: number }) => void
}
