import { FetchError, type CompetitorFetcher, type FetchedObservation, type FetchTarget } from "./types"

export type FetchRunResult = {
  observations: FetchedObservation[]
  errors: { target: FetchTarget; kind: FetchError["kind"]; message: string; status?: number; attempts?: number }[]
}

/**
 * Fetches many matches with bounded concurrency; one failing match never stops the others (its error is
 * collected with the match). `onProgress(done, total)` feeds a job's progress bar. Observations come back in the
 * order of `targets`.
 */
export async function fetchAll(
  fetcher: CompetitorFetcher,
  targets: readonly FetchTarget[],
  opts: { concurrency?: number; signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {}
): Promise<FetchRunResult> {
  const results: (FetchedObservation[] | null)[] = new Array(targets.length).fill(null)
  const errors: FetchRunResult["errors"] = []
  let next = 0
  let done = 0
  const worker = async () => {
    while (next < targets.length && !opts.signal?.aborted) {
      const i = next++
      try {
        results[i] = await fetcher.fetch(targets[i], { signal: opts.signal })
      } catch (e) {
        const f = e instanceof FetchError ? e : new FetchError("network", (e as Error).message)
        errors.push({ target: targets[i], kind: f.kind, message: f.message, status: f.details.status, attempts: f.details.attempts })
      }
      opts.onProgress?.(++done, targets.length)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 4, targets.length)) }, worker))
  return { observations: results.flatMap((r) => r ?? []), errors }
}
