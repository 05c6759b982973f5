import { HostRateLimiter } from "./host-rate-limiter"
import { HttpJsonFetcher, httpJsonFetcherConfigSchema } from "./http-json-fetcher"
import type { CompetitorFetcher, FetchClock } from "./types"

/** Fetcher kinds by stable code: a competitor's source row stores the code and its config. */
export type FetcherKind = {
  code: string
  description: string
  configSchema: typeof httpJsonFetcherConfigSchema
  create(config: unknown, deps?: { limiter?: HostRateLimiter; clock?: FetchClock; fetch?: typeof fetch }): CompetitorFetcher
}

export const FETCHERS: Readonly<Record<string, FetcherKind>> = Object.freeze({
  http_json: {
    code: "http_json",
    description: "HTTP API answering JSON, mapped by JSON paths",
    configSchema: httpJsonFetcherConfigSchema,
    create: (config, deps) => new HttpJsonFetcher(config as never, deps),
  },
})
