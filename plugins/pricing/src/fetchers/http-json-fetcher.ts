import { z } from "@medusajs/framework/zod"
import { HostRateLimiter } from "./host-rate-limiter"
import { fillTemplate, mapOffers, type OfferMapping } from "./map-offer"
import { FetchError, systemClock, type CompetitorFetcher, type FetchClock, type FetchedObservation, type FetchTarget } from "./types"

const mappingSchema = z
  .object({
    items: z.string().min(1).optional(),
    match: z.object({ path: z.string().min(1), equals: z.string().min(1) }).strict().optional(),
    price: z.string().min(1),
    priceUnit: z.enum(["major", "minor"]).default("major"),
    currency: z.string().min(1).optional(),
    currencyCode: z.string().regex(/^[A-Za-z]{3}$/).optional(),
    inStock: z.string().min(1).optional(),
    observedAt: z.string().min(1).optional(),
    offerId: z.string().min(1).optional(),
  })
  .strict()
  .refine((m) => m.currency || m.currencyCode, { message: "currency (a path) or currencyCode (fixed) is required", path: ["currency"] })

/** The settings of one competitor's HTTP/JSON source, as an admin stores them. */
export const httpJsonFetcherConfigSchema = z
  .object({
    /** "https://api.shop.example/prices?gtin={gtin}"; {gtin} {sku} {offerId} {variantId} {competitorId}; absent = the match's url */
    urlTemplate: z.string().min(1).optional(),
    method: z.enum(["GET", "POST"]).default("GET"),
    headers: z.record(z.string(), z.string()).default({}),
    /** request body template for POST (placeholders as in the URL, not encoded) */
    body: z.string().optional(),
    /** per attempt, covering the answer's body too */
    timeoutMs: z.number().int().min(10).max(120_000).default(10_000),
    /** retries after the first attempt, for timeouts, network errors, 408, 429 and 5xx */
    retries: z.number().int().min(0).max(10).default(3),
    /** exponential backoff: backoffMs × 2^(attempt − 1), at most maxBackoffMs; a longer Retry-After wins up to the cap */
    backoffMs: z.number().int().min(0).max(60_000).default(500),
    maxBackoffMs: z.number().int().min(0).max(600_000).default(30_000),
    /** per host, shared by every request of this fetcher (pass a HostRateLimiter to share across fetchers) */
    requestsPerSecond: z.number().positive().max(1000).default(1),
    maxBytes: z.number().int().positive().max(50_000_000).default(2_000_000),
    mapping: mappingSchema,
  })
  .strict()
export type HttpJsonFetcherConfig = z.input<typeof httpJsonFetcherConfigSchema>

const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504])

/** Retry-After as milliseconds to wait: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null
  const v = value.trim()
  if (/^\d+$/.test(v)) return Number(v) * 1000
  const t = Date.parse(v)
  return Number.isFinite(t) ? Math.max(0, t - now) : null
}

async function readCapped(res: Response, maxBytes: number): Promise<string> {
  const declared = Number(res.headers.get("content-length"))
  if (declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined)
    throw new FetchError("parse", `the answer is ${declared} bytes, at most ${maxBytes} read`)
  }
  if (!res.body) return ""
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw new FetchError("parse", `the answer is over ${maxBytes} bytes`)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString("utf8")
}

/**
 * An HTTP/JSON competitor source: one request per match (URL from a template or the match), a per-host rate
 * limit, a timeout per attempt, retries with exponential backoff on timeouts, network errors, 408, 429 and 5xx
 * (honouring Retry-After), and a mapping from the JSON answer to observations. A 4xx other than 408/429, an
 * unreadable body or a mapping problem fails at once: retrying would give the same answer.
 */
export class HttpJsonFetcher implements CompetitorFetcher {
  readonly code = "http_json"
  readonly config: z.infer<typeof httpJsonFetcherConfigSchema>
  private readonly limiter: HostRateLimiter
  private readonly clock: FetchClock
  private readonly fetchImpl: typeof fetch

  constructor(config: HttpJsonFetcherConfig, deps: { limiter?: HostRateLimiter; clock?: FetchClock; fetch?: typeof fetch } = {}) {
    const parsed = httpJsonFetcherConfigSchema.safeParse(config)
    if (!parsed.success) {
      throw new FetchError("config", parsed.error.issues.map((i) => `${i.path.join(".") || "config"}: ${i.message}`).join("; "))
    }
    this.config = parsed.data
    this.clock = deps.clock ?? systemClock
    this.limiter = deps.limiter ?? new HostRateLimiter(this.config.requestsPerSecond, this.clock)
    this.fetchImpl = deps.fetch ?? fetch
  }

  async fetch(target: FetchTarget, opts: { signal?: AbortSignal } = {}): Promise<FetchedObservation[]> {
    const c = this.config
    const url = c.urlTemplate ? fillTemplate(c.urlTemplate, target, true) : target.url
    if (!url) throw new FetchError("config", "no urlTemplate configured and the match has no url")
    let host: string
    try {
      host = new URL(url).host
    } catch {
      throw new FetchError("config", `not a URL: ${url}`)
    }
    const body = c.method === "POST" && c.body !== undefined ? fillTemplate(c.body, target, false) : undefined
    const outer = opts.signal
    for (let attempt = 1; ; attempt++) {
      if (outer?.aborted) throw new FetchError("aborted", "aborted", { attempts: attempt - 1, url })
      await this.limiter.acquire(host, outer)
      const ctl = new AbortController()
      let timedOut = false
      const timer = setTimeout(() => {
        timedOut = true
        ctl.abort()
      }, c.timeoutMs)
      const onAbort = () => ctl.abort()
      outer?.addEventListener("abort", onAbort, { once: true })
      let failure: FetchError
      let retryAfter: number | null = null
      try {
        const res = await this.fetchImpl(url, { method: c.method, headers: { accept: "application/json", ...c.headers }, body, signal: ctl.signal })
        if (res.ok) {
          const text = await readCapped(res, c.maxBytes)
          let json: unknown
          try {
            json = JSON.parse(text)
          } catch {
            throw new FetchError("parse", `the answer from ${host} is not JSON`, { status: res.status, attempts: attempt, url })
          }
          return mapOffers(json, c.mapping as OfferMapping, target, this.clock.now(), url)
        }
        await res.body?.cancel().catch(() => undefined)
        failure = new FetchError("http", `HTTP ${res.status} from ${host}`, { status: res.status, attempts: attempt, url })
        if (!RETRY_STATUS.has(res.status)) throw failure
        retryAfter = parseRetryAfter(res.headers.get("retry-after"), this.clock.now())
      } catch (e) {
        if (e instanceof FetchError && e.kind !== "http") {
          e.details.attempts ??= attempt
          e.details.url ??= url
          throw e
        }
        if (e instanceof FetchError) throw e
        if (outer?.aborted) throw new FetchError("aborted", "aborted", { attempts: attempt, url })
        failure = timedOut
          ? new FetchError("timeout", `no answer from ${host} within ${c.timeoutMs} ms`, { attempts: attempt, url })
          : new FetchError("network", `${host}: ${(e as Error).message}`, { attempts: attempt, url })
      } finally {
        clearTimeout(timer)
        outer?.removeEventListener("abort", onAbort)
      }
      if (attempt > c.retries) {
        failure.message += ` (after ${attempt} attempt${attempt > 1 ? "s" : ""})`
        throw failure
      }
      const backoff = Math.min(c.maxBackoffMs, c.backoffMs * 2 ** (attempt - 1))
      await this.clock.sleep(Math.min(c.maxBackoffMs, Math.max(backoff, retryAfter ?? 0)), outer)
    }
  }
}
