import type { Cursor } from "@finesse/core/lib/facts/read-types"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { BoughtItem } from "../lib/models/buy-again"
import type { ServingModels } from "../lib/serving/serving-models"
import { dataReads, type DataReads } from "../reads/data-reads"
import { TtlMap } from "./ttl-map"

const DAY_MS = 86_400_000

export type CartInfo = { id: string; customer_id: string | null; region_id: string | null; currency_code: string; sales_channel_id: string | null; completed: boolean; product_ids: string[] }
export type OrderInfo = { id: string; customer_id: string | null; has_account: boolean; region_id: string | null; currency_code: string; product_ids: string[] }
export type SessionEvent = { itemId: string; kind: "view" | "cart"; time: number }

/**
 * Per-visitor reads for serving, each cached briefly: customer groups (segments and group prices), purchases since
 * the model was trained, recent session events, carts and orders used as anchors, and unit costs. All through
 * Medusa's query or core's read API; invalidated by subscribers (facts updated, cart updated) and by age.
 */
export class VisitorSignals {
  readonly groups = new TtlMap<string, string[]>(60_000, 100_000)
  readonly bought = new TtlMap<string, { bought: BoughtItem[]; orderCount: number }>(60_000, 100_000)
  readonly sessions = new TtlMap<string, SessionEvent[]>(Number(process.env.FINESSE_RECS_SESSION_TTL_MS ?? 20_000), 100_000)
  readonly carts = new TtlMap<string, CartInfo | null>(5_000, 20_000)
  readonly orders = new TtlMap<string, OrderInfo | null>(60_000, 20_000)
  readonly costs = new TtlMap<string, Map<string, number>>(600_000, 200_000)

  constructor(private readonly container: () => MedusaContainer) {}

  private get query() {
    return this.container().resolve(ContainerRegistrationKeys.QUERY)
  }

  private get data(): DataReads {
    return dataReads(this.container())
  }

  async customerGroups(customerId: string, now: number): Promise<string[]> {
    const hit = this.groups.get(customerId, now)
    if (hit) return hit
    const { data } = await this.query.graph({ entity: "customer", fields: ["id", "groups.id"], filters: { id: customerId } })
    const ids = ((data[0] as any)?.groups ?? []).filter(Boolean).map((g: { id: string }) => g.id).sort()
    this.groups.set(customerId, ids, now)
    return ids
  }

  /** The customer's purchases: the model's history plus order lines placed after the model's data cut-off. */
  async purchases(models: ServingModels, customerId: string, now: number): Promise<{ bought: BoughtItem[]; orderCount: number }> {
    const hit = this.bought.get(customerId, now)
    if (hit) return hit
    const base = models.history.get(customerId)
    const byItem = new Map<string, BoughtItem>((base?.bought ?? []).map((b) => [b.itemId, { ...b }]))
    let orderCount = base?.orderCount ?? 0
    const since = models.trainedAt ? new Date(models.trainedAt).toISOString() : undefined
    const orders = new Set<string>()
    let after: Cursor = null
    for (let page = 0; page < 10; page++) {
      const r = await this.data.pageOrderLineFacts(after, 1000, { customer_ids: [customerId], ...(since ? { since } : {}) })
      for (const l of r.rows) {
        if (!l.product_id) continue
        const t = new Date(l.placed_at).getTime()
        const key = `${l.order_id}|${l.product_id}`
        const first = !orders.has(key)
        orders.add(key)
        const b = byItem.get(l.product_id)
        if (!b) byItem.set(l.product_id, { itemId: l.product_id, orderCount: 1, lastTime: t })
        else if (first) {
          b.orderCount++
          b.lastTime = Math.max(b.lastTime, t)
        }
      }
      if (r.rows.length < 1000) break
      after = r.next
    }
    orderCount += new Set([...orders].map((k) => k.split("|")[0])).size
    const out = { bought: [...byItem.values()], orderCount }
    this.bought.set(customerId, out, now)
    return out
  }

  /**
   * Recent product views and cart adds (2 days), newest first. An anonymous visitor sees only events not linked to a
   * customer: once a browser's events are stitched to an account, its anonymous id no longer reveals them.
   */
  async session(anonymousId: string | null, customerId: string | null, now: number): Promise<SessionEvent[]> {
    const key = `${customerId ?? "-"}|${anonymousId ?? "-"}`
    const hit = this.sessions.get(key, now)
    if (hit) return hit
    const since = new Date(now - 2 * DAY_MS).toISOString()
    const types = ["product_viewed", "cart_item_added"]
    const reads: Promise<{ rows: any[] }>[] = []
    if (customerId) reads.push(this.data.pageEvents(null, 500, { customer_ids: [customerId], types, since }))
    if (anonymousId) reads.push(this.data.pageEvents(null, 500, { anonymous_ids: [anonymousId], types, since }))
    const seen = new Set<string>()
    const out: SessionEvent[] = []
    for (const r of await Promise.all(reads)) {
      for (const e of r.rows) {
        if (!e.product_id || seen.has(e.id)) continue
        if (e.customer_id && e.customer_id !== customerId) continue
        seen.add(e.id)
        out.push({ itemId: e.product_id, kind: e.type === "cart_item_added" ? "cart" : "view", time: new Date(e.occurred_at).getTime() })
      }
    }
    out.sort((a, b) => b.time - a.time)
    const trimmed = out.slice(0, 50)
    this.sessions.set(key, trimmed, now)
    return trimmed
  }

  /** The cart as an anchor; 404 when it does not exist or belongs to another customer. */
  async cart(cartId: string, customerId: string | null, now: number): Promise<CartInfo> {
    let c = this.carts.get(cartId, now)
    if (c === undefined) {
      const { data } = await this.query.graph({
        entity: "cart",
        fields: ["id", "customer_id", "region_id", "currency_code", "sales_channel_id", "completed_at", "items.product_id"],
        filters: { id: cartId },
      })
      const x = data[0] as any
      c = x
        ? {
            id: x.id,
            customer_id: x.customer_id ?? null,
            region_id: x.region_id ?? null,
            currency_code: x.currency_code,
            sales_channel_id: x.sales_channel_id ?? null,
            completed: !!x.completed_at,
            product_ids: [...new Set<string>((x.items ?? []).map((i: any) => i?.product_id).filter(Boolean))],
          }
        : null
      this.carts.set(cartId, c, now)
    }
    // a customer's cart is theirs: another visitor gets the same answer as for a cart that does not exist
    if (!c || (c.customer_id && c.customer_id !== customerId)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
    }
    return c
  }

  /** The order of a post-purchase page; 404 unless it is the caller's (or a guest order opened anonymously). */
  async order(orderId: string, customerId: string | null, now: number): Promise<OrderInfo> {
    let o = this.orders.get(orderId, now)
    if (o === undefined) {
      const { data } = await this.query.graph({
        entity: "order",
        fields: ["id", "customer_id", "region_id", "currency_code", "items.product_id", "customer.has_account"],
        filters: { id: orderId },
      })
      const x = data[0] as any
      o = x
        ? {
            id: x.id,
            customer_id: x.customer_id ?? null,
            has_account: !!x.customer?.has_account,
            region_id: x.region_id ?? null,
            currency_code: x.currency_code,
            product_ids: [...new Set<string>((x.items ?? []).map((i: any) => i?.product_id).filter(Boolean))],
          }
        : null
      this.orders.set(orderId, o, now)
    }
    const allowed = o && (customerId ? o.customer_id === customerId : !o.has_account)
    if (!o || !allowed) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
    return o
  }

  /** Unit costs (minor units) per variant and currency, for the margin-aware boost. */
  async ensureCosts(variantIds: string[], now: number) {
    const missing = variantIds.filter((id) => !this.costs.get(id, now))
    if (!missing.length) return
    const loaded = await this.data.loadVariantCosts(missing)
    for (const id of missing) this.costs.set(id, loaded.get(id) ?? new Map(), now)
  }

  cost(variantId: string, currency: string, now: number): number | undefined {
    return this.costs.get(variantId, now)?.get(currency)
  }

  forgetCustomers(customerIds: readonly string[]) {
    for (const id of customerIds) {
      this.bought.delete(id)
      this.groups.delete(id)
    }
  }

  clear() {
    for (const m of [this.groups, this.bought, this.sessions, this.carts, this.orders, this.costs]) m.clear()
  }
}
