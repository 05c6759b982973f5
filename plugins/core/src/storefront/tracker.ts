/// <reference lib="dom" />
import type Medusa from "@medusajs/js-sdk"

/**
 * The storefront side of Finesse behaviour events, built on the Medusa JS SDK (`@medusajs/js-sdk`): the SDK adds
 * the publishable key and, once the shopper logs in, their session or token, so events get the customer attached.
 *
 *   import Medusa from "@medusajs/js-sdk"
 *   import { FinesseTracker } from "@finesse/core/storefront"
 *   const sdk = new Medusa({ baseUrl: "https://api.example.com", publishableKey: "pk_…" })
 *   export const tracker = new FinesseTracker({ sdk })
 *   tracker.productViewed({ product_id: "prod_…", variant_id: "variant_…" })
 *
 * Events are batched, persisted across reloads, retried with backoff (honouring 429 Retry-After), and flushed with
 * `keepalive` when the page is hidden, so the last events of a visit are not lost.
 */

export type FinesseEventType =
  | "page_viewed"
  | "product_viewed"
  | "category_viewed"
  | "search"
  | "cart_item_added"
  | "cart_item_removed"
  | "checkout_started"
  | "recommendation_shown"
  | "recommendation_clicked"

export type FinesseEventProperties = {
  page_viewed: { path: string; title?: string; referrer?: string }
  product_viewed: { product_id: string; variant_id?: string; category_id?: string; price?: number; currency_code?: string }
  category_viewed: { category_id: string }
  search: { query: string; result_count: number }
  cart_item_added: { product_id: string; variant_id: string; quantity: number; cart_id?: string; price?: number; currency_code?: string }
  cart_item_removed: { product_id: string; variant_id: string; quantity: number; cart_id?: string }
  checkout_started: { cart_id: string; item_count?: number; value?: number; currency_code?: string }
  recommendation_shown: { recommendation_id: string; placement: string; product_ids: string[] }
  recommendation_clicked: { recommendation_id: string; placement?: string; product_id: string }
}

export type QueuedEvent = {
  id: string
  type: FinesseEventType
  anonymous_id: string
  session_id: string
  timestamp: string
  properties: Record<string, unknown>
}

/** The part of the Medusa JS SDK the tracker uses (any object with `client.fetch` works, e.g. in tests). */
export type SdkLike = Pick<Medusa, "client"> | { client: { fetch: (path: string, init?: any) => Promise<unknown> } }

type StorageLike = { getItem(k: string): string | null; setItem(k: string, v: string): void; removeItem(k: string): void }

export type TrackerOptions = {
  sdk: SdkLike
  /** Flush when this many events wait (default 20; at most 500, the API's batch limit). */
  batchSize?: number
  /** Flush at least this often (default 5 s). */
  flushIntervalMs?: number
  /** A new session starts after this much inactivity (default 30 min). */
  sessionTimeoutMs?: number
  /** Events kept for retry at most (oldest dropped first; default 1000). */
  maxQueue?: number
  /** Backoff of the first retry (default 1 s, doubling up to 5 min). */
  retryBaseMs?: number
  /** Defaults to window.localStorage when available, else memory. */
  storage?: StorageLike
  now?: () => number
  randomId?: () => string
  onError?: (error: unknown, dropped: QueuedEvent[]) => void
  /** Install page-hide listeners (default: true in a browser). */
  listenToPageHide?: boolean
}

const KEY = { anon: "finesse.anonymous_id", session: "finesse.session", queue: "finesse.queue" }
const PATH = "/store/finesse/events"
const KEEPALIVE_BYTES = 60_000 // browsers cap keepalive bodies at 64 KiB

function memoryStorage(): StorageLike {
  const m = new Map<string, string>()
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) }
}

function uuid(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto
  if (c?.randomUUID) return c.randomUUID()
  return "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g, (ch) => {
    const r = (Math.random() * 16) | 0
    return (ch === "x" ? r : (r & 0x3) | 0x8).toString(16)
  })
}

export class FinesseTracker {
  private readonly o: Required<Omit<TrackerOptions, "onError" | "storage">> & Pick<TrackerOptions, "onError">
  private readonly storage: StorageLike
  private queue: QueuedEvent[]
  private timer: ReturnType<typeof setTimeout> | undefined
  private sending = false
  private retryAt = 0
  private failures = 0

  constructor(options: TrackerOptions) {
    const browser = typeof window !== "undefined" && typeof document !== "undefined"
    this.o = {
      sdk: options.sdk,
      batchSize: Math.min(500, options.batchSize ?? 20),
      flushIntervalMs: options.flushIntervalMs ?? 5000,
      sessionTimeoutMs: options.sessionTimeoutMs ?? 30 * 60_000,
      maxQueue: options.maxQueue ?? 1000,
      retryBaseMs: options.retryBaseMs ?? 1000,
      now: options.now ?? (() => Date.now()),
      randomId: options.randomId ?? uuid,
      onError: options.onError,
      listenToPageHide: options.listenToPageHide ?? browser,
    }
    let storage = options.storage
    if (!storage && browser) {
      try {
        storage = window.localStorage
      } catch {
        storage = undefined
      }
    }
    this.storage = storage ?? memoryStorage()
    this.queue = this.load()
    if (this.o.listenToPageHide && browser) {
      const onHide = () => void this.flush({ keepalive: true })
      document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && onHide())
      window.addEventListener("pagehide", onHide)
    }
    if (this.queue.length) this.schedule(0)
  }

  /** The browser's stable anonymous id (created on first use). */
  get anonymousId(): string {
    let id = this.storage.getItem(KEY.anon)
    if (!id) {
      id = this.o.randomId()
      this.storage.setItem(KEY.anon, id)
    }
    return id
  }

  /** The current session id; a new one starts after `sessionTimeoutMs` without events. */
  sessionId(): string {
    const now = this.o.now()
    let s: { id: string; last: number } | null = null
    try {
      s = JSON.parse(this.storage.getItem(KEY.session) ?? "null")
    } catch {
      s = null
    }
    if (!s || now - s.last > this.o.sessionTimeoutMs) s = { id: this.o.randomId(), last: now }
    s.last = now
    this.storage.setItem(KEY.session, JSON.stringify(s))
    return s.id
  }

  track<T extends FinesseEventType>(type: T, properties: FinesseEventProperties[T]): QueuedEvent {
    const event: QueuedEvent = {
      id: this.o.randomId(),
      type,
      anonymous_id: this.anonymousId,
      session_id: this.sessionId(),
      timestamp: new Date(this.o.now()).toISOString(),
      properties: properties as Record<string, unknown>,
    }
    this.queue.push(event)
    if (this.queue.length > this.o.maxQueue) {
      const dropped = this.queue.splice(0, this.queue.length - this.o.maxQueue)
      this.o.onError?.(new Error("event queue full"), dropped)
    }
    this.save()
    if (this.queue.length >= this.o.batchSize) this.schedule(0)
    else this.schedule(this.o.flushIntervalMs)
    return event
  }

  pageViewed = (p: FinesseEventProperties["page_viewed"]) => this.track("page_viewed", p)
  productViewed = (p: FinesseEventProperties["product_viewed"]) => this.track("product_viewed", p)
  categoryViewed = (p: FinesseEventProperties["category_viewed"]) => this.track("category_viewed", p)
  searched = (p: FinesseEventProperties["search"]) => this.track("search", p)
  cartItemAdded = (p: FinesseEventProperties["cart_item_added"]) => this.track("cart_item_added", p)
  cartItemRemoved = (p: FinesseEventProperties["cart_item_removed"]) => this.track("cart_item_removed", p)
  checkoutStarted = (p: FinesseEventProperties["checkout_started"]) => this.track("checkout_started", p)
  recommendationShown = (p: FinesseEventProperties["recommendation_shown"]) => this.track("recommendation_shown", p)
  recommendationClicked = (p: FinesseEventProperties["recommendation_clicked"]) => this.track("recommendation_clicked", p)

  /** Events waiting to be sent. */
  get pending(): number {
    return this.queue.length
  }

  /**
   * Sends waiting events in batches. Network errors, 5xx and 429 keep the events for a retry with backoff; a 4xx
   * other than 429 means the batch itself is invalid, so it is dropped (reported through `onError`).
   */
  async flush(opts: { keepalive?: boolean } = {}): Promise<void> {
    if (this.sending || !this.queue.length) return
    if (!opts.keepalive && this.o.now() < this.retryAt) return this.schedule(this.retryAt - this.o.now())
    this.sending = true
    try {
      while (this.queue.length) {
        let batch = this.queue.slice(0, this.o.batchSize)
        if (opts.keepalive) {
          while (batch.length > 1 && JSON.stringify({ events: batch }).length > KEEPALIVE_BYTES) batch = batch.slice(0, Math.ceil(batch.length / 2))
        }
        try {
          await this.o.sdk.client.fetch(PATH, { method: "POST", body: { events: batch }, keepalive: opts.keepalive })
          this.failures = 0
          this.retryAt = 0
          this.remove(batch)
        } catch (e) {
          const status = (e as { status?: number }).status
          if (status && status >= 400 && status < 500 && status !== 429 && status !== 408) {
            this.remove(batch)
            this.o.onError?.(e, batch)
            continue
          }
          this.failures++
          const retryAfter = Number((e as { retryAfter?: number }).retryAfter) * 1000
          const backoff = Math.min(5 * 60_000, this.o.retryBaseMs * 2 ** (this.failures - 1))
          this.retryAt = this.o.now() + (retryAfter > 0 ? retryAfter : backoff)
          this.o.onError?.(e, [])
          this.schedule(this.retryAt - this.o.now())
          return
        }
      }
    } finally {
      this.sending = false
    }
  }

  private remove(batch: QueuedEvent[]) {
    const ids = new Set(batch.map((b) => b.id))
    this.queue = this.queue.filter((q) => !ids.has(q.id))
    this.save()
  }

  private schedule(ms: number) {
    if (this.timer) {
      if (ms > 0) return
      clearTimeout(this.timer)
    }
    this.timer = setTimeout(() => {
      this.timer = undefined
      void this.flush()
    }, Math.max(0, ms))
    ;(this.timer as { unref?: () => void }).unref?.()
  }

  private load(): QueuedEvent[] {
    try {
      const q = JSON.parse(this.storage.getItem(KEY.queue) ?? "[]")
      return Array.isArray(q) ? q : []
    } catch {
      return []
    }
  }

  private save() {
    try {
      this.storage.setItem(KEY.queue, JSON.stringify(this.queue))
    } catch {
      // storage full or unavailable: events stay in memory
    }
  }
}
