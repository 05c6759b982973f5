import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { Worker } from "node:worker_threads"
import { ForecastChunkInput, ForecastResult, forecastChunk } from "../lib/forecast/forecast-chunk"

/**
 * Forecasts chunks of series on worker threads (the built plugin) or, where the compiled worker is missing
 * (TypeScript sources under jest), in this thread. Chunks are pulled by whichever worker is free; each result is
 * handed to `onResult` in completion order, which the caller awaits one at a time (its database writes), so reads,
 * CPU and writes overlap. `signal` stops every worker.
 */
export type PoolOptions = { workers?: number; signal?: AbortSignal }

export function defaultWorkerCount(): number {
  const cpus = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length
  return Math.max(1, Math.min(4, cpus))
}

export async function forecastChunks(
  shared: Omit<ForecastChunkInput, "texts">,
  chunks: string[][],
  onResult: (index: number, results: ForecastResult[]) => Promise<void>,
  options: PoolOptions = {}
): Promise<{ workers: number }> {
  const file = path.join(__dirname, "forecast.worker.js")
  const count = Math.max(1, Math.min(options.workers ?? defaultWorkerCount(), chunks.length))
  let writing = Promise.resolve()
  let failed: unknown = null
  const hand = (i: number, r: ForecastResult[]) => {
    writing = writing.then(() => (failed ? undefined : onResult(i, r))).catch((e) => {
      failed = failed ?? e
    })
  }
  if (!fs.existsSync(file) || count <= 0) {
    for (let i = 0; i < chunks.length; i++) {
      if (options.signal?.aborted) throw new Error("forecast cancelled")
      hand(i, forecastChunk({ ...shared, texts: chunks[i] }))
      // let the write of the previous chunk progress between chunks
      await new Promise((r) => setImmediate(r))
      if (failed) break
    }
    await writing
    if (failed) throw failed
    return { workers: 0 }
  }
  const workers = Array.from({ length: count }, () => new Worker(file))
  const stop = () => workers.forEach((w) => void w.terminate())
  options.signal?.addEventListener("abort", stop)
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0
      let done = 0
      const give = (w: Worker) => {
        if (failed) return reject(failed)
        if (next >= chunks.length) return
        const id = next++
        w.postMessage({ type: "chunk", id, texts: chunks[id] })
      }
      for (const w of workers) {
        w.on("message", (m: { type: string; id: number; results?: ForecastResult[]; message?: string }) => {
          if (m.type === "error") return reject(new Error(m.message))
          hand(m.id, m.results!)
          done++
          if (done === chunks.length) resolve()
          else give(w)
        })
        w.on("error", reject)
        w.on("exit", (code) => {
          if (done < chunks.length) reject(new Error(options.signal?.aborted ? "forecast cancelled" : `forecast worker exited with code ${code}`))
        })
        w.postMessage({ type: "init", shared })
        give(w)
      }
      if (!chunks.length) resolve()
    })
    await writing
    if (failed) throw failed
    return { workers: count }
  } finally {
    options.signal?.removeEventListener("abort", stop)
    await Promise.all(workers.map((w) => w.terminate()))
  }
}
