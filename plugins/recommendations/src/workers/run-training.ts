import fs from "node:fs"
import path from "node:path"
import { Worker } from "node:worker_threads"
import { trainModels, type TrainingInput, type TrainingResult } from "../lib/training/train-models"

/**
 * Runs trainModels in a worker thread (built plugin) or, where the compiled worker is not available (TypeScript
 * sources under jest), in this thread. `signal` terminates the worker when the job is cancelled.
 */
export async function runTraining(input: TrainingInput, onStep: (done: number, label: string) => void, signal?: AbortSignal): Promise<TrainingResult> {
  const file = path.join(__dirname, "train-models.worker.js")
  if (!fs.existsSync(file)) return trainModels(input, onStep)
  return new Promise<TrainingResult>((resolve, reject) => {
    const worker = new Worker(file, {
      workerData: { ...input, segments: [...input.segments.entries()] },
      resourceLimits: { maxOldGenerationSizeMb: 3072 },
    })
    const abort = () => void worker.terminate()
    signal?.addEventListener("abort", abort)
    let settled = false
    worker.on("message", (m: any) => {
      if (m.type === "progress") onStep(m.done, m.label)
      else if (m.type === "result") {
        settled = true
        resolve(m.result)
      } else if (m.type === "error") {
        settled = true
        reject(new Error(m.message))
      }
    })
    worker.on("error", (e) => {
      settled = true
      reject(e)
    })
    worker.on("exit", (code) => {
      signal?.removeEventListener("abort", abort)
      if (!settled) reject(new Error(signal?.aborted ? "training cancelled" : `training worker exited with code ${code}`))
    })
  })
}
