import { parentPort, workerData } from "node:worker_threads"
import { trainModels, type TrainingInput } from "../lib/training/train-models"

/**
 * Worker-thread entry of the training job: the models train here so the process's event loop (which may be serving
 * recommendations) stays free. Input arrives as workerData (structured clone), progress and the result as messages.
 */
const input = workerData as Omit<TrainingInput, "segments"> & { segments: [string, string[]][] }
try {
  const result = trainModels({ ...input, segments: new Map(input.segments) }, (done, label) => parentPort!.postMessage({ type: "progress", done, label }))
  parentPort!.postMessage({ type: "result", result })
} catch (e) {
  parentPort!.postMessage({ type: "error", message: (e as Error)?.stack ?? String(e) })
}
