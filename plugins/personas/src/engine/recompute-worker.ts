import { parentPort, workerData } from "node:worker_threads"
import { computeRun, type ComputeInput } from "./compute-run"

// Worker-thread entry of the recompute: the heavy CPU (model fitting, clustering) off the server's event loop.
const input = workerData as ComputeInput
try {
  const out = computeRun(
    input,
    (percent, message) => parentPort!.postMessage({ type: "progress", percent, message }),
    (json) => parentPort!.postMessage({ type: "chunk", json })
  )
  parentPort!.postMessage({ type: "done", out })
} catch (e) {
  const err = e as Error
  parentPort!.postMessage({ type: "error", name: err.name, message: err.message, stack: err.stack })
}
