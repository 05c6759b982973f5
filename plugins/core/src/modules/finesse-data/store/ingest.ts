import { createHmac } from "node:crypto"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import Redis from "ioredis"
import { cleanEvents, DEFAULT_CLEANING, isBotUserAgent, type DropReason, type FlagReason } from "../../../lib/events/clean-events"
import { FixedWindowCounter } from "../../../lib/events/fixed-window"
import type { EventRow } from "../types"
import { countRejections, insertEvents } from "./events-store"
import { stitchAnonymous } from "./stitching"

/** A storefront event as validated by the store route (see api/store/finesse/events/validators.ts). */
export type IncomingEvent = {
  id: string
  type: string
  anonymous_id: string
  session_id?: string
  timestamp: string
  properties: Record<string, any>
}

export type IngestOptions = {
  /** Rate limits per window; 0 turns a limit off. */
  windowMs: number
  perAnonymousId: number
  perIp: number
  maxAgeMs: number
  burstPerSecond: number
  ipHashSecret: string
  redisUrl?: string
}

export type IngestResult = {
  accepted: number
  duplicates: number
  dropped: Partial<Record<DropReason, number>>
  flagged: Partial<Record<FlagReason, number>>
}

export class RateLimited extends Error {
  constructor(readonly retryAfterMs: number, readonly scope: "anonymous_id" | "ip") {
    super(`too many events for this ${scope === "ip" ? "IP address" : "anonymous id"}; retry in ${Math.ceil(retryAfterMs / 1000)} s`)
  }
}

const productIdsOf = (e: IncomingEvent): string[] => {
  const p = e.properties ?? {}
  return [p.product_id, ...(Array.isArray(p.product_ids) ? p.product_ids : [])].filter((x): x is string => typeof x === "string")
}

/**
 * Storefront event ingestion: rate limits (per anonymous id and per IP, shared through Redis when there is one),
 * cleaning, idempotent insert, rejection counters and identity stitching.
 */
export class EventIngestor {
  private readonly memory: FixedWindowCounter
  private readonly redis?: Redis
  private known = new Set<string>()
  private knownAt = 0
  private readonly stitched = new Map<string, true>()

  constructor(private readonly db: Knex, private readonly opts: IngestOptions) {
    this.memory = new FixedWindowCounter(opts.windowMs)
    if (opts.redisUrl) {
      this.redis = new Redis(opts.redisUrl, { maxRetriesPerRequest: 2, lazyConnect: true, enableOfflineQueue: true })
      this.redis.on("error", () => undefined)
    }
  }

  async close() {
    await this.redis?.quit().catch(() => undefined)
  }

  /** A keyed hash of the client IP: enough to rate-limit and count, never the IP itself. */
  hashIp(ip: string | null | undefined): string | null {
    if (!ip) return null
    return createHmac("sha256", this.opts.ipHashSecret).update(ip).digest("hex").slice(0, 32)
  }

  /** Throws RateLimited when this batch would take an anonymous id or an IP over its limit. */
  async checkRate(events: IncomingEvent[], ipHash: string | null, now: number) {
    const perAnon = new Map<string, number>()
    for (const e of events) perAnon.set(e.anonymous_id, (perAnon.get(e.anonymous_id) ?? 0) + 1)
    const checks: { key: string; n: number; limit: number; scope: "anonymous_id" | "ip" }[] = []
    if (this.opts.perAnonymousId > 0)
      for (const [anon, n] of perAnon) checks.push({ key: `a:${anon}`, n, limit: this.opts.perAnonymousId, scope: "anonymous_id" })
    if (this.opts.perIp > 0 && ipHash) checks.push({ key: `i:${ipHash}`, n: events.length, limit: this.opts.perIp, scope: "ip" })
    if (!checks.length) return
    const window = Math.floor(now / this.opts.windowMs)
    let totals: number[]
    if (this.redis) {
      const pipe = this.redis.pipeline()
      for (const c of checks) {
        const k = `finesse:rl:${window}:${c.key}`
        pipe.incrby(k, c.n)
        pipe.pexpire(k, this.opts.windowMs * 2)
      }
      const res = await pipe.exec()
      totals = checks.map((_, i) => Number(res?.[i * 2]?.[1] ?? 0))
    } else {
      totals = checks.map((c) => this.memory.add(c.key, c.n, now))
    }
    const over = checks.findIndex((c, i) => totals[i] > c.limit)
    if (over >= 0) throw new RateLimited(this.memory.retryAfterMs(now), checks[over].scope)
  }

  private async knownProducts(ids: string[], now: number): Promise<Set<string>> {
    if (now - this.knownAt > 60_000) {
      const r = await this.db.raw(`select id from product where deleted_at is null`)
      this.known = new Set(r.rows.map((x: { id: string }) => x.id))
      this.knownAt = now
    }
    const missing = [...new Set(ids)].filter((id) => !this.known.has(id))
    if (missing.length) {
      // a product created after the last refresh
      const r = await this.db.raw(`select id from product where id = any(?) and deleted_at is null`, [missing])
      for (const x of r.rows) this.known.add(x.id)
    }
    return this.known
  }

  async ingest(input: {
    events: IncomingEvent[]
    customer_id: string | null
    sales_channel_id: string | null
    ip_hash: string | null
    user_agent: string | null
    now: number
  }): Promise<IngestResult> {
    const now = input.now
    const known = await this.knownProducts(input.events.flatMap(productIdsOf), now)
    const cleaned = cleanEvents(
      input.events.map((e) => ({ ...e, time: Date.parse(e.timestamp), product_ids: productIdsOf(e) })),
      {
        ...DEFAULT_CLEANING,
        now,
        maxAgeMs: this.opts.maxAgeMs,
        burstPerSecond: this.opts.burstPerSecond,
        isKnownProduct: (id) => known.has(id),
        botUserAgent: isBotUserAgent(input.user_agent),
      }
    )
    const receivedAt = new Date(now)
    const rows: EventRow[] = cleaned.kept.map(({ event: e, time, flags }) => {
      const p = e.properties ?? {}
      return {
        client_event_id: e.id,
        type: e.type,
        source: "storefront",
        anonymous_id: e.anonymous_id,
        session_id: e.session_id ?? null,
        customer_id: input.customer_id,
        sales_channel_id: input.sales_channel_id,
        occurred_at: new Date(time),
        received_at: receivedAt,
        product_id: p.product_id ?? null,
        variant_id: p.variant_id ?? null,
        category_id: p.category_id ?? null,
        cart_id: p.cart_id ?? null,
        recommendation_id: p.recommendation_id ?? null,
        query: p.query ?? null,
        result_count: p.result_count ?? null,
        quantity: p.quantity ?? null,
        amount: p.price ?? p.value ?? null,
        currency_code: p.currency_code?.toLowerCase() ?? null,
        properties: p,
        flags: flags.length ? flags : null,
        ip_hash: input.ip_hash,
      }
    })
    const inserted = await insertEvents(this.db, rows)
    const duplicates = rows.length - inserted.size

    const dropped: IngestResult["dropped"] = {}
    for (const d of cleaned.dropped) dropped[d.reason] = (dropped[d.reason] ?? 0) + 1
    if (duplicates) dropped.duplicate = (dropped.duplicate ?? 0) + duplicates
    const flagged: IngestResult["flagged"] = {}
    for (const k of cleaned.kept) {
      if (!inserted.has(k.event.id)) continue
      for (const f of k.flags) flagged[f] = (flagged[f] ?? 0) + 1
    }
    const day = receivedAt.toISOString().slice(0, 10)
    await countRejections(this.db, [
      ...Object.entries(dropped).map(([reason, count]) => ({ day, reason, action: "dropped" as const, count: count! })),
      ...Object.entries(flagged).map(([reason, count]) => ({ day, reason, action: "flagged" as const, count: count! })),
    ])

    if (input.customer_id) {
      const pairs = [...new Set(rows.map((r) => r.anonymous_id!))]
        .filter((a) => !this.stitched.has(`${a}|${input.customer_id}`))
        .map((anonymous_id) => ({ anonymous_id, customer_id: input.customer_id! }))
      if (pairs.length) {
        await stitchAnonymous(this.db, pairs)
        for (const p of pairs) this.stitched.set(`${p.anonymous_id}|${p.customer_id}`, true)
        if (this.stitched.size > 50_000) this.stitched.clear()
      }
    }
    return { accepted: inserted.size, duplicates, dropped, flagged }
  }
}
