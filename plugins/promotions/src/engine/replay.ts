import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { computeActionsContext, replayedOrder, rulesOn, summarizeReplay, type ReplayedOrder, type ReplaySource, type ReplaySummary } from "../lib"
import { dbOf, mainCurrency, replaySources } from "../reads/core-tables"
import { customerGroupsOf, productAttributes, type MedusaPromotion } from "../reads/medusa"
import { currencyExponent, currencyOfPromotion, DAY_MS, jsonSafe, planOf, promotionsOf, requirePromotion } from "./helpers"

export type ReplayOptions = { days: number; maxOrders?: number; maxCarts?: number; now?: number; onProgress?: (pct: number, message: string) => Promise<void> }

export type ReplayResult = { orders: ReplaySummary; carts: ReplaySummary | null; currency_code: string; since: Date; until: Date; replayed_orders: number; replayed_carts: number }

const CONCURRENCY = 4

/**
 * A copy of the candidate that Medusa's promotion module can compute now: active, outside any campaign (so its
 * dates and budget do not stop it; the budget is forecast by the checks), with a code nobody can guess, and the
 * candidate's own application method and rules. It lives only while the replay runs.
 */
function simulationCopy(p: MedusaPromotion, code: string) {
  const am = p.application_method ?? {}
  const rule = (r: any) => ({ attribute: r.attribute, operator: r.operator, values: (r.values ?? []).map((v: any) => (typeof v === "string" ? v : v.value)) })
  return {
    code,
    type: (p.type ?? "standard") as "standard" | "buyget",
    status: "active" as const,
    is_automatic: false,
    is_tax_inclusive: !!(p as any).is_tax_inclusive,
    metadata: { finesse_simulation_of: p.id },
    application_method: {
      type: am.type as "percentage" | "fixed",
      target_type: am.target_type as "order" | "items" | "shipping_methods",
      allocation: (am as any).allocation ?? undefined,
      value: Number(am.value ?? 0),
      ...(am.currency_code ? { currency_code: am.currency_code } : {}),
      ...((am as any).max_quantity != null ? { max_quantity: Number((am as any).max_quantity) } : {}),
      ...((am as any).apply_to_quantity != null ? { apply_to_quantity: Number((am as any).apply_to_quantity) } : {}),
      ...((am as any).buy_rules_min_quantity != null ? { buy_rules_min_quantity: Number((am as any).buy_rules_min_quantity) } : {}),
      target_rules: (am.target_rules ?? []).map(rule),
      buy_rules: (am.buy_rules ?? []).map(rule),
    },
    rules: (p.rules ?? []).map(rule),
  }
}

/** Open carts updated in the window (the baskets people are building now), in the candidate's currency. */
async function openCarts(container: MedusaContainer, since: Date, currency: string, limit: number): Promise<ReplaySource[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "email", "currency_code", "region_id", "sales_channel_id", "updated_at", "completed_at", "items.id", "items.product_id", "items.variant_id", "items.quantity", "items.unit_price", "shipping_methods.amount"],
    filters: { completed_at: null, updated_at: { $gte: since }, currency_code: currency },
    pagination: { take: limit, skip: 0, order: { updated_at: "DESC" } },
  })
  const exp = currencyExponent(currency)
  const minor = (v: unknown) => Math.round(Number(v ?? 0) * 10 ** exp)
  return (data as any[])
    .filter((c) => (c.items ?? []).length > 0)
    .map((c) => ({
      id: c.id,
      customer_id: c.customer_id ?? null,
      email: c.email ?? null,
      placed_at: new Date(c.updated_at).getTime(),
      currency_code: c.currency_code,
      region_id: c.region_id ?? null,
      sales_channel_id: c.sales_channel_id ?? null,
      shipping_total: (c.shipping_methods ?? []).reduce((s: number, m: any) => s + minor(m?.amount), 0),
      lines: (c.items ?? []).filter(Boolean).map((i: any) => ({ id: i.id, product_id: i.product_id ?? null, variant_id: i.variant_id ?? null, quantity: Number(i.quantity), unit_price: minor(i.unit_price), discount_total: 0, unit_cost: null })),
    }))
}

/**
 * Replays the last `days` of orders (and the open carts) through Medusa's own promotion computation with the
 * candidate: each order becomes the cart context it would have been, `computeActions` runs with only the
 * candidate's code (no automatic promotions of the store mixed in, no usage limits), and the adjustments it returns
 * are the discount the candidate would have given. `summarizeReplay` sums cost, affected orders, margin and the
 * orders near a spend threshold.
 */
export async function replayPromotion(container: MedusaContainer, promotionId: string, options: ReplayOptions): Promise<ReplayResult> {
  const now = options.now ?? Date.now()
  const promotion = await requirePromotion(container, promotionId)
  const plan = await planOf(container, promotionId)
  const db = dbOf(container)
  const currency = currencyOfPromotion(promotion, plan, await mainCurrency(db))
  const exponent = currencyExponent(currency)
  const since = new Date(now - options.days * DAY_MS)
  const until = new Date(now)
  const orders = await replaySources(db, { since, until, currency_code: currency }, options.maxOrders ?? 20_000)
  const carts = await openCarts(container, since, currency, options.maxCarts ?? 2_000)
  const all = [...orders, ...carts]
  const customers = [...new Set(all.map((o) => o.customer_id).filter((c): c is string => !!c))]
  const products = [...new Set(all.flatMap((o) => o.lines.map((l) => l.product_id)).filter((p): p is string => !!p))]
  const [groups, attributes] = await Promise.all([customerGroupsOf(container, customers), productAttributes(container, products)])

  const module = container.resolve(Modules.PROMOTION)
  const code = `FSIM-${Math.random().toString(36).slice(2, 10).toUpperCase()}${Date.now().toString(36).toUpperCase()}`
  const [copy] = await module.createPromotions([simulationCopy(promotion, code) as any])
  const replayed: ReplayedOrder[] = []
  const replayedCarts: ReplayedOrder[] = []
  try {
    let done = 0
    const run = async (list: ReplaySource[], out: ReplayedOrder[]) => {
      for (let i = 0; i < list.length; i += CONCURRENCY) {
        const batch = list.slice(i, i + CONCURRENCY)
        const results = await Promise.all(
          batch.map(async (s) => {
            const ctx = computeActionsContext(s, { groups, products: attributes }, exponent)
            const actions = await module.computeActions([code], ctx as any, { prevent_auto_promotions: true, skip_usage_limit_checks: true } as any)
            return replayedOrder(s, actions as any, exponent)
          })
        )
        out.push(...results)
        done += batch.length
        if (options.onProgress && (done % 100 < CONCURRENCY || done === all.length)) await options.onProgress(Math.round((done / Math.max(1, all.length)) * 95), `${done} of ${all.length} orders and carts replayed`)
      }
    }
    await run(orders, replayed)
    await run(carts, replayedCarts)
  } finally {
    await module.deletePromotions([copy.id])
  }
  const threshold = Math.max(0, ...rulesOn(promotion.rules, "item_subtotal", ["gte", "gt"]).map((v) => Math.round(Number(v) * 10 ** exponent)))
  const opts = threshold > 0 ? { spendThreshold: threshold } : {}
  return {
    orders: jsonSafe(summarizeReplay(replayed, opts)),
    carts: replayedCarts.length ? jsonSafe(summarizeReplay(replayedCarts, opts)) : null,
    currency_code: currency,
    since,
    until,
    replayed_orders: replayed.length,
    replayed_carts: replayedCarts.length,
  }
}

/** Runs the replay and stores it as the promotion's latest simulation. */
export async function simulateAndStore(container: MedusaContainer, promotionId: string, options: ReplayOptions & { jobId?: string | null }) {
  const r = await replayPromotion(container, promotionId, options)
  const [row] = await promotionsOf(container).createFinessePromotionSimulations([
    { promotion_id: promotionId, days: options.days, currency_code: r.currency_code, since: r.since, until: r.until, orders: r.orders as any, carts: (r.carts as any) ?? null, job_id: options.jobId ?? null, computed_at: new Date() },
  ])
  return { simulation: row, replayed_orders: r.replayed_orders, replayed_carts: r.replayed_carts }
}
