// Competitor price fetchers: the interface, the HTTP/JSON fetcher, and a runner for many matches.
export * from "./types"
export * from "./json-path"
export * from "./host-rate-limiter"
export * from "./map-offer"
export * from "./http-json-fetcher"
export * from "./fetch-all"
export * from "./registry"
