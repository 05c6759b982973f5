/**
 * The competitor fetcher interface. A fetcher turns one product match (our variant ↔ a competitor's offer) into
 * price observations; the repricing side never knows whether they came from an HTTP API, a feed or a scraper.
 * Fetchers are framework-free and may do network I/O; money is minor units, time epoch ms.
 */

/** What a fetcher gets: one match, with whatever identifiers the match has. */
export type FetchTarget = {
  competitorId: string
  variantId: string
  /** the competitor's id of the offer, when known */
  offerId?: string | null
  gtin?: string | null
  sku?: string | null
  /** a product page or API URL stored on the match, when the fetcher is URL-driven */
  url?: string | null
}

export type FetchedObservation = {
  competitorId: string
  variantId: string
  offerId: string | null
  price: number
  currencyCode: string
  inStock: boolean
  observedAt: number
  url: string | null
}

export type FetchErrorKind = "timeout" | "http" | "network" | "parse" | "mapping" | "aborted" | "config"

export class FetchError extends Error {
  constructor(
    readonly kind: FetchErrorKind,
    message: string,
    readonly details: { status?: number; attempts?: number; url?: string } = {}
  ) {
    super(message)
    this.name = "FetchError"
  }
}

export interface CompetitorFetcher {
  /** stable code of the fetcher kind ("http_json") */
  readonly code: string
  fetch(target: FetchTarget, opts?: { signal?: AbortSignal }): Promise<FetchedObservation[]>
}

/** Injected time, so tests (and a job that wants one clock) control waiting. */
export type FetchClock = {
  now(): number
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export const systemClock: FetchClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(new FetchError("aborted", "aborted"))
      const t = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort)
        resolve()
      }, Math.max(0, ms))
      const onAbort = () => {
        clearTimeout(t)
        reject(new FetchError("aborted", "aborted"))
      }
      signal?.addEventListener("abort", onAbort, { once: true })
    }),
}
