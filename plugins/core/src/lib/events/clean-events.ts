/**
 * Cleaning of storefront behaviour events before they are stored. Pure: the caller passes the clock, the known
 * product ids and the limits. Each event is kept, kept with a flag (stored, excluded from KPIs), or dropped with a
 * reason; the counts by reason are kept and shown in the admin.
 */

export type CleanableEvent = {
  id: string
  anonymous_id: string
  /** client timestamp, epoch ms */
  time: number
  product_ids: string[]
}

export type CleaningOptions = {
  now: number
  /** Events later than now + this are clock skew; beyond `maxFutureMs` they are dropped. */
  skewToleranceMs: number
  maxFutureMs: number
  /** Events older than this (offline queues, replays) are dropped. */
  maxAgeMs: number
  /** More events than this from one anonymous id within one second is a bot-like burst. */
  burstPerSecond: number
  isKnownProduct: (id: string) => boolean
  /** The request's user agent is a known crawler: everything is dropped. */
  botUserAgent: boolean
}

export type DropReason = "duplicate" | "future_timestamp" | "stale_timestamp" | "unknown_product" | "bot_user_agent"
export type FlagReason = "clock_skew" | "bot_burst"

export type Cleaned<E> = {
  kept: { event: E; time: number; flags: FlagReason[] }[]
  dropped: { event: E; reason: DropReason }[]
}

export const DEFAULT_CLEANING = {
  skewToleranceMs: 5 * 60_000,
  maxFutureMs: 24 * 3_600_000,
  maxAgeMs: 7 * 24 * 3_600_000,
  burstPerSecond: 20,
}

const BOT_UA = /bot\b|bot\/|crawl|spider|slurp|headlesschrome|lighthouse|prerender|facebookexternalhit|python-requests|scrapy|bingpreview/i

export function isBotUserAgent(ua: string | undefined | null): boolean {
  return !!ua && BOT_UA.test(ua)
}

export function cleanEvents<E extends CleanableEvent>(events: E[], opts: CleaningOptions): Cleaned<E> {
  const kept: Cleaned<E>["kept"] = []
  const dropped: Cleaned<E>["dropped"] = []
  if (opts.botUserAgent) return { kept, dropped: events.map((event) => ({ event, reason: "bot_user_agent" })) }
  const seen = new Set<string>()
  for (const event of events) {
    if (seen.has(event.id)) {
      dropped.push({ event, reason: "duplicate" })
      continue
    }
    seen.add(event.id)
    const ahead = event.time - opts.now
    if (ahead > opts.maxFutureMs) {
      dropped.push({ event, reason: "future_timestamp" })
      continue
    }
    if (opts.now - event.time > opts.maxAgeMs) {
      dropped.push({ event, reason: "stale_timestamp" })
      continue
    }
    if (event.product_ids.some((p) => !opts.isKnownProduct(p))) {
      dropped.push({ event, reason: "unknown_product" })
      continue
    }
    const flags: FlagReason[] = []
    let time = event.time
    if (ahead > opts.skewToleranceMs) {
      // a device clock running fast: keep the event at the server's time
      flags.push("clock_skew")
      time = opts.now
    }
    kept.push({ event, time, flags })
  }
  flagBursts(kept, opts.burstPerSecond)
  return { kept, dropped }
}

/** Flags every event of an anonymous id inside any one-second window holding more than `limit` of its events. */
function flagBursts<E extends CleanableEvent>(kept: Cleaned<E>["kept"], limit: number) {
  const byAnon = new Map<string, Cleaned<E>["kept"]>()
  for (const k of kept) {
    const list = byAnon.get(k.event.anonymous_id) ?? []
    list.push(k)
    byAnon.set(k.event.anonymous_id, list)
  }
  for (const list of byAnon.values()) {
    if (list.length <= limit) continue
    list.sort((a, b) => a.time - b.time)
    let start = 0
    const inBurst = new Set<number>()
    for (let end = 0; end < list.length; end++) {
      while (list[end].time - list[start].time >= 1000) start++
      if (end - start + 1 > limit) for (let i = start; i <= end; i++) inBurst.add(i)
    }
    for (const i of inBurst) if (!list[i].flags.includes("bot_burst")) list[i].flags.push("bot_burst")
  }
}

/** Counts by reason, for the per-day rejection counters. */
export function countReasons<E>(items: { reason?: string; flags?: string[]; event: E }[], key: "reason" | "flags"): Record<string, number> {
  const out: Record<string, number> = {}
  for (const i of items) {
    const reasons = key === "reason" ? [i.reason!] : (i.flags ?? [])
    for (const r of reasons) out[r] = (out[r] ?? 0) + 1
  }
  return out
}
