import type { Cursor } from "@finesse/core/lib/facts/read-types"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toMinor } from "@finesse/core/lib/money/minor-units"
import { buyAgainScores } from "../lib/models/buy-again"
import {
  abandonedCarts,
  categoryAffinity,
  interestedInChanges,
  newArrivalsForAffinities,
  replenishmentDue,
  type Interest,
  type ProductChange,
  type Trigger,
  type TriggerCandidate,
} from "../lib/push/triggers"
import type FinesseRecommendationsModuleService from "../modules/finesse-recommendations/service"
import type { RecommendationEngine } from "../serving/engine"
import type { PricingContext } from "../serving/card-cache"
import { dataReads } from "./data-reads"

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

export type TriggerContext = {
  container: MedusaContainer
  engine: RecommendationEngine
  recs: FinesseRecommendationsModuleService
  now: number
  channelId: string
  pricing: PricingContext
  params: Record<string, number>
}

const p = (ctx: TriggerContext, name: string, d: number) => (Number.isFinite(ctx.params[name]) ? ctx.params[name] : d)

async function customerEvents(ctx: TriggerContext, types: string[], since: number): Promise<any[]> {
  const data = dataReads(ctx.container)
  const out: any[] = []
  let after: Cursor = null
  for (;;) {
    const page = await data.pageEvents(after, 20_000, { types, since: new Date(since).toISOString() })
    for (const e of page.rows) if (e.customer_id && e.product_id) out.push(e)
    if (page.rows.length < 20_000) break
    after = page.next
  }
  return out
}

/** (customer, product) → last purchase time since `since`, from core's order facts. */
async function purchasesSince(ctx: TriggerContext, customerIds: string[], since: number): Promise<Map<string, number>> {
  const data = dataReads(ctx.container)
  const out = new Map<string, number>()
  for (let i = 0; i < customerIds.length; i += 1000) {
    let after: Cursor = null
    for (;;) {
      const page = await data.pageOrderLineFacts(after, 10_000, { customer_ids: customerIds.slice(i, i + 1000), since: new Date(since).toISOString() })
      for (const l of page.rows) {
        const k = `${l.customer_id}|${l.product_id}`
        out.set(k, Math.max(out.get(k) ?? 0, new Date(l.placed_at).getTime()))
      }
      if (page.rows.length < 10_000) break
      after = page.next
    }
  }
  return out
}

/**
 * Stock and price of the products customers showed interest in, compared with the last snapshot: records
 * restocks (out → in) and price drops. The snapshot is what the next run compares with.
 */
async function productChanges(ctx: TriggerContext, productIds: string[]) {
  // each product in its own channel (the default one when it is in it)
  const byChannel = new Map<string, string[]>()
  for (const id of productIds) {
    const channel = (await ctx.engine.channelForProduct(id, ctx.now)) ?? ctx.channelId
    ;(byChannel.get(channel) ?? byChannel.set(channel, []).get(channel)!).push(id)
  }
  const rows = []
  for (const [channel, ids] of byChannel) rows.push(...(await productChangesIn(ctx, channel, ids)))
  return rows
}

async function productChangesIn(ctx: TriggerContext, channelId: string, productIds: string[]) {
  const states = await ctx.recs.productStates(channelId, ctx.pricing.currency_code)
  await ctx.engine.cards.ensure(productIds, ctx.pricing, channelId, ctx.now)
  const rows = []
  for (const id of productIds) {
    const card = ctx.engine.cards.card(id, ctx.pricing, channelId)
    const base = ctx.engine.cards.baseCard(id)
    if (!base) continue
    const inStock = !!card
    const price = card ? toMinor(card.price.calculated_amount, card.price.currency_code) : null
    const prev = states.get(id)
    const now = new Date(ctx.now)
    rows.push({
      product_id: id,
      sales_channel_id: channelId,
      currency_code: ctx.pricing.currency_code,
      in_stock: inStock,
      price: price ?? prev?.price ?? null,
      previous_price: prev && price !== null && prev.price !== null && price !== prev.price ? prev.price : (prev?.previous_price ?? null),
      stock_changed_at: prev && prev.in_stock !== inStock ? now : (prev?.stock_changed_at ?? null),
      price_changed_at: prev && price !== null && prev.price !== null && price !== prev.price ? now : (prev?.price_changed_at ?? null),
    })
  }
  await ctx.recs.upsertProductStates(rows)
  return rows
}

/** The candidates of one campaign trigger (see lib/push/triggers.ts for the rules of each). */
export async function detectTrigger(ctx: TriggerContext, trigger: Trigger): Promise<TriggerCandidate[]> {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  if (trigger === "abandoned_cart") {
    const after = p(ctx, "after_hours", 2)
    const within = p(ctx, "within_hours", 72)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["id", "customer_id", "sales_channel_id", "region_id", "updated_at", "completed_at", "items.product_id"],
      filters: { completed_at: null, updated_at: { $gte: new Date(ctx.now - within * HOUR_MS), $lte: new Date(ctx.now - after * HOUR_MS) } } as any,
      pagination: { take: 5000, order: { updated_at: "DESC" } },
    })
    return abandonedCarts(
      (data as any[]).map((c) => ({
        id: c.id,
        customerId: c.customer_id ?? null,
        salesChannelId: c.sales_channel_id ?? null,
        regionId: c.region_id ?? null,
        updatedAt: new Date(c.updated_at).getTime(),
        completed: !!c.completed_at,
        productIds: (c.items ?? []).map((i: any) => i?.product_id).filter(Boolean),
      })),
      ctx.now,
      { afterHours: after, withinHours: within }
    )
  }
  if (trigger === "back_in_stock" || trigger === "price_drop") {
    const lookback = p(ctx, "lookback_days", 14)
    const events = await customerEvents(ctx, ["product_viewed", "cart_item_added"], ctx.now - lookback * DAY_MS)
    const interest: Interest[] = events.map((e) => ({ customerId: e.customer_id, productId: e.product_id, time: new Date(e.occurred_at).getTime() }))
    const states = await productChanges(ctx, [...new Set(interest.map((i) => i.productId))])
    const changes: ProductChange[] =
      trigger === "back_in_stock"
        ? states.filter((s) => s.in_stock && s.stock_changed_at).map((s) => ({ productId: s.product_id, changedAt: new Date(s.stock_changed_at!).getTime() }))
        : states
            .filter((s) => s.price_changed_at && s.previous_price && s.price !== null && s.price < s.previous_price * (1 - p(ctx, "min_drop_percent", 5) / 100))
            .map((s) => ({ productId: s.product_id, changedAt: new Date(s.price_changed_at!).getTime(), before: s.previous_price!, after: s.price!, currencyCode: s.currency_code }))
    if (!changes.length) return []
    const bought = await purchasesSince(ctx, [...new Set(interest.map((i) => i.customerId))], ctx.now - lookback * DAY_MS)
    return interestedInChanges(changes, interest, (c, prod, since) => (bought.get(`${c}|${prod}`) ?? 0) >= since, {
      lookbackDays: lookback,
      occasion: trigger === "back_in_stock" ? "restock" : "price",
    })
  }
  if (trigger === "replenishment") {
    const models = ctx.engine.models
    if (!models.buyAgain) return []
    const due = new Map<string, { itemId: string; score: number; lastTime: number }[]>()
    for (const [customerId, h] of models.history) {
      const scores = buyAgainScores(models.buyAgain, h.bought, ctx.now)
      const last = new Map(h.bought.map((b) => [b.itemId, b.lastTime]))
      due.set(customerId, scores.filter((s) => s.score >= p(ctx, "threshold", 0.35)).slice(0, 4).map((s) => ({ ...s, lastTime: last.get(s.itemId) ?? 0 })))
    }
    const candidates = replenishmentDue(due, { threshold: p(ctx, "threshold", 0.35), maxItems: 4 })
    // orders placed since training make an item no longer due
    const recent = await purchasesSince(ctx, candidates.map((c) => c.customerId), models.trainedAt || ctx.now - 30 * DAY_MS)
    return candidates.filter((c) => !c.productIds.some((id) => recent.has(`${c.customerId}|${id}`)))
  }
  // new arrivals matching category affinity
  const within = p(ctx, "within_days", 14)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "created_at", "categories.id"],
    filters: { status: "published", created_at: { $gte: new Date(ctx.now - within * DAY_MS) } } as any,
    pagination: { take: 500, order: { created_at: "DESC" } },
  })
  const fresh = (data as any[]).map((x) => ({ productId: x.id, createdAt: new Date(x.created_at).getTime(), categoryIds: (x.categories ?? []).filter(Boolean).map((c: any) => c.id) }))
  if (!fresh.length) return []
  const models = ctx.engine.models
  const viewed = await customerEvents(ctx, ["product_viewed", "cart_item_added"], ctx.now - 60 * DAY_MS)
  const byCustomer = new Map<string, { productId: string; kind: "purchase" | "view" | "cart" }[]>()
  for (const [c, h] of models.history) byCustomer.set(c, h.bought.map((b) => ({ productId: b.itemId, kind: "purchase" as const })))
  for (const e of viewed) (byCustomer.get(e.customer_id) ?? byCustomer.set(e.customer_id, []).get(e.customer_id)!).push({ productId: e.product_id, kind: e.type === "cart_item_added" ? "cart" : "view" })
  await ctx.engine.cards.ensureBase([...new Set([...byCustomer.values()].flat().map((x) => x.productId))], ctx.now)
  const affinities = new Map<string, Map<string, number>>()
  for (const [c, evs] of byCustomer) affinities.set(c, categoryAffinity(evs, (id) => ctx.engine.cards.baseCard(id)?.category_ids ?? []))
  return newArrivalsForAffinities(fresh, affinities, ctx.now, { withinDays: within, minAffinity: p(ctx, "min_affinity", 0.15), maxItems: 4 })
}
