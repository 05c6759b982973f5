// Worker-thread entry of the dispatch job: the solver runs here so the process's event loop stays free.
import { performance } from "node:perf_hooks"
import { parentPort, workerData } from "node:worker_threads"
import { solveVrptw, type VrpInstance } from "../lib/vrp"

const { instance, seed, seconds } = workerData as { instance: VrpInstance; seed: number; seconds: number }
try {
  const solution = solveVrptw(instance, { seed, seconds, now: () => performance.now() })
  parentPort!.postMessage({ type: "result", solution })
} catch (e) {
  parentPort!.postMessage({ type: "error", message: (e as Error)?.stack ?? String(e) })
}
