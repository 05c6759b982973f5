import type { MedusaContainer } from "@medusajs/framework/types"
import { attributeOrders, channelRoi, touchesFromEvents, type AttributionModel, type ChannelSpend, type TouchEvent } from "../lib"
import { dbOf, evaluationOrders, mainCurrency } from "../reads/core-tables"
import { factsOf, scanAll } from "../reads/facts-api"
import { DAY_MS, jsonSafe, promotionsOf } from "./helpers"

export const ATTRIBUTION_MODELS: AttributionModel[] = ["last_touch", "first_touch", "position_based"]

export type AttributeOptions = {
  since: Date
  until: Date
  models?: AttributionModel[]
  lookbackDays?: number
  currency_code?: string
  jobId?: string | null
  onProgress?: (pct: number, message: string) => Promise<void>
}

/**
 * Attributes the orders of a period to marketing channels and campaigns from core's behaviour events: landing UTM
 * tags, click ids and referrers of page views become touches (anonymous visits stitched to the customer who later
 * logged in on the same browser), each order is credited by each model, and spend entered or imported for the
 * period gives ROI, ROAS and cost per acquisition per channel. One stored run per model; the order credits of the
 * latest run per model are kept.
 */
export async function attributeAndStore(container: MedusaContainer, options: AttributeOptions) {
  const service = promotionsOf(container)
  const db = dbOf(container)
  const lookback = options.lookbackDays ?? 30
  const currency = (options.currency_code ?? (await mainCurrency(db))).toLowerCase()
  const models = options.models ?? ATTRIBUTION_MODELS
  const data = factsOf(container)
  const events: TouchEvent[] = []
  const since = new Date(options.since.getTime() - lookback * DAY_MS)
  await scanAll(
    (after) => data.pageEvents(after, 20_000, { types: ["page_viewed", "checkout_started"], since: since.toISOString(), until: options.until.toISOString() }),
    (rows) => {
      for (const e of rows) events.push({ type: e.type, anonymous_id: e.anonymous_id, session_id: e.session_id, customer_id: e.customer_id, occurred_at: e.occurred_at, properties: e.properties })
    }
  )
  await options.onProgress?.(30, `${events.length} page views read`)
  const touches = touchesFromEvents(events, { ownHosts: service.options().ownHosts ?? [] })
  const orders = await evaluationOrders(db, { since: options.since, until: options.until, currency_code: currency })
  await options.onProgress?.(50, `${touches.length} touches, ${orders.length} orders`)
  const spendRows = await service.listFinessePromotionChannelSpends({ currency_code: currency, starts_at: { $lt: options.until }, ends_at: { $gt: options.since } }, { take: 10_000 })
  const spend: ChannelSpend[] = spendRows.map((s) => ({ channel: s.channel as ChannelSpend["channel"], campaign: s.campaign, amount: s.amount, from: new Date(s.starts_at).getTime(), to: new Date(s.ends_at).getTime() }))
  const runs = []
  for (const [i, model] of models.entries()) {
    const result = attributeOrders(
      orders.map((o) => ({ id: o.id!, customer_id: o.customer_id, placed_at: o.placed_at, total: o.total, margin: o.margin, customer_order_index: o.customer_order_index })),
      touches,
      { model, lookbackDays: lookback }
    )
    const roi = channelRoi(result.byChannel, spend, { from: options.since.getTime(), to: options.until.getTime() })
    const [run] = await service.createFinessePromotionAttributionRuns([
      {
        model,
        currency_code: currency,
        since: options.since,
        until: options.until,
        lookback_days: lookback,
        orders: orders.length,
        untouched_orders: result.untouchedOrders,
        touches: touches.length,
        by_channel: jsonSafe(result.byChannel) as any,
        by_campaign: jsonSafe(result.byCampaign) as any,
        roi: jsonSafe(roi) as any,
        job_id: options.jobId ?? null,
        computed_at: new Date(),
      },
    ])
    const placed = new Map(orders.map((o) => [o.id, o]))
    await service.insertCredits(
      run.id,
      result.credits.map((c) => {
        const o = placed.get(c.orderId)!
        return { order_id: c.orderId, customer_id: o.customer_id, channel: c.channel, campaign: c.campaign, weight: c.weight, revenue: c.revenue, margin: c.margin, new_customer: c.newCustomer, placed_at: new Date(o.placed_at) }
      })
    )
    runs.push(run)
    await options.onProgress?.(50 + Math.round(((i + 1) / models.length) * 45), `${model} attributed`)
  }
  await service.pruneCredits(1)
  return { runs, touches: touches.length, orders: orders.length, events: events.length }
}
