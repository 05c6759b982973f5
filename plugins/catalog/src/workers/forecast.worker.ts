import { parentPort } from "node:worker_threads"
import { ForecastChunkInput, forecastChunk } from "../lib/forecast/forecast-chunk"

/**
 * A forecast worker thread: receives the shared part of the job once ("init"), then chunks of series texts, and
 * answers each chunk with its results. CPU only; the main thread does every read and write.
 */
let shared: Omit<ForecastChunkInput, "texts"> | null = null

parentPort!.on("message", (m: { type: "init"; shared: Omit<ForecastChunkInput, "texts"> } | { type: "chunk"; id: number; texts: string[] }) => {
  try {
    if (m.type === "init") {
      shared = m.shared
      return
    }
    if (!shared) throw new Error("forecast worker: chunk before init")
    parentPort!.postMessage({ type: "result", id: m.id, results: forecastChunk({ ...shared, texts: m.texts }) })
  } catch (e) {
    parentPort!.postMessage({ type: "error", id: (m as { id?: number }).id ?? -1, message: (e as Error).stack ?? String(e) })
  }
})
