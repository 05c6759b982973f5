import fs from "node:fs"
import path from "node:path"
import { performance } from "node:perf_hooks"
import { Worker } from "node:worker_threads"
import { solveVrptw, type VrpInstance, type VrpSolution } from "../lib/vrp"

/**
 * Solves a dispatch instance in a worker thread (built plugin) or, where the compiled worker is absent (sources
 * under jest, the demo seed's tests), in this thread. `signal` terminates the worker when the job is cancelled.
 */
export async function runDispatchSolver(instance: VrpInstance, opts: { seed: number; seconds: number; signal?: AbortSignal }): Promise<VrpSolution> {
  const file = path.join(__dirname, "dispatch-solve.worker.js")
  if (!fs.existsSync(file)) return solveVrptw(instance, { seed: opts.seed, seconds: opts.seconds, now: () => performance.now() })
  return new Promise<VrpSolution>((resolve, reject) => {
    // typed arrays survive the structured clone
    const worker = new Worker(file, { workerData: { instance, seed: opts.seed, seconds: opts.seconds } })
    const abort = () => void worker.terminate()
    opts.signal?.addEventListener("abort", abort)
    let settled = false
    worker.on("message", (m: any) => {
      settled = true
      if (m.type === "result") resolve(m.solution)
      else reject(new Error(m.message))
    })
    worker.on("error", (e) => {
      settled = true
      reject(e)
    })
    worker.on("exit", (code) => {
      opts.signal?.removeEventListener("abort", abort)
      if (!settled) reject(new Error(opts.signal?.aborted ? "dispatch cancelled" : `dispatch worker exited with code ${code}`))
    })
  })
}
