// Worker thread of the vrp CLI: solves one instance with its own seed until an absolute deadline and posts the
// solution back. Threads live here, never in lib (lib stays synchronous and framework-free).
import { performance } from "node:perf_hooks"
import { parentPort, workerData } from "node:worker_threads"
import { solveVrptw } from "../lib/vrp/solve"
import type { SolveOptions, VrpInstance } from "../lib/vrp/types"

export interface VrpWorkerInput {
  instance: VrpInstance
  seed: number
  /** wall-clock deadline as epoch milliseconds (shared by all threads of one run) */
  deadline: number
  /** strategy options of this thread (e.g. fleetReductionShare) */
  options?: Pick<SolveOptions, "fleetReductionShare" | "routeMinShare" | "routeMinStall" | "granularity">
}

if (parentPort) {
  const { instance, seed, deadline, options } = workerData as VrpWorkerInput
  const seconds = Math.max(0.05, (deadline - Date.now()) / 1000)
  const solution = solveVrptw(instance, { ...options, seed, seconds, now: () => performance.now() })
  parentPort.postMessage(solution)
}
