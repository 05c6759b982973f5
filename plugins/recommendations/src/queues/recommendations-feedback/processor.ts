import { defineProcessor } from "@finesse/core/job-runtime"
import type { Cursor } from "@finesse/core/lib/facts/read-types"
import { toMinor } from "@finesse/core/lib/money/minor-units"
import { attributeConversions, visitorKeys, type Conversion, type Touch } from "../../lib/feedback/attribute-touches"
import { decodeRecommendationId } from "../../lib/serving/recommendation-id"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../modules/finesse-recommendations/service"
import type { ConversionRow, TouchRow } from "../../modules/finesse-recommendations/store/feedback"
import { dataReads } from "../../reads/data-reads"
import { recommendationsFeedbackJob } from "./definition"

const CURSOR_KEY = "cursor.feedback"
const TYPES = ["recommendation_shown", "recommendation_clicked", "cart_item_added", "order_placed"]
const PAGE = 5000

export default defineProcessor(recommendationsFeedbackJob, async (job) => {
  const recs = job.container.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
  const data = dataReads(job.container)
  const settings = await recs.getSettings()
  const windowMs = settings.attribution_window_hours * 3_600_000
  const saved = await recs.getCursor<Cursor>(CURSOR_KEY)
  // storefronts send events in batches, some late: re-read the last two hours (inserts are idempotent by event id)
  let cursor: Cursor = saved ? { at: new Date(new Date(saved.at).getTime() - 2 * 3_600_000).toISOString(), id: "" } : null
  const totals: Record<string, number> = { events: 0, impressions: 0, clicks: 0, add_to_carts: 0, orders: 0 }
  for (;;) {
    const page = await data.pageEvents(cursor, PAGE, { types: TYPES })
    if (!page.rows.length) break
    const touches: TouchRow[] = []
    const candidates: (Conversion & { customer_id: string | null; anonymous_id: string | null; order_id: string | null; quantity: number; currency_code: string | null })[] = []
    const orders: { id: string; customer_id: string | null; anonymous_id: string | null; time: number }[] = []
    for (const e of page.rows) {
      const time = new Date(e.occurred_at)
      if (e.type === "recommendation_shown" || e.type === "recommendation_clicked") {
        const parts = e.recommendation_id ? decodeRecommendationId(e.recommendation_id) : null
        if (!parts) continue
        const props = (e.properties ?? {}) as { product_ids?: string[]; product_id?: string }
        touches.push({
          source_key: e.id,
          type: e.type === "recommendation_shown" ? "impression" : "click",
          recommendation_id: e.recommendation_id!, // decoded above
          placement: parts.placement,
          strategy: parts.strategy,
          model_version: parts.modelVersion,
          experiment_number: parts.experiment?.number ?? null,
          variant: parts.experiment?.variant ?? null,
          customer_id: e.customer_id,
          anonymous_id: e.anonymous_id,
          product_id: e.type === "recommendation_clicked" ? (e.product_id ?? props.product_id ?? null) : null,
          product_ids: e.type === "recommendation_shown" ? (props.product_ids ?? []) : null,
          occurred_at: time,
        })
      } else if (e.type === "cart_item_added" && e.product_id) {
        candidates.push({
          key: e.id,
          type: "add_to_cart",
          productId: e.product_id,
          time: time.getTime(),
          keys: visitorKeys(e.anonymous_id, e.customer_id),
          customer_id: e.customer_id,
          anonymous_id: e.anonymous_id,
          order_id: null,
          quantity: e.quantity ?? 1,
          currency_code: e.currency_code,
          amountMinor: e.amount ?? 0,
        })
      } else if (e.type === "order_placed" && e.order_id) {
        orders.push({ id: e.order_id, customer_id: e.customer_id, anonymous_id: e.anonymous_id, time: time.getTime() })
      }
    }
    // counts are of rows new to this run: the overlap re-read of late events counts nothing twice
    const newTouches = await recs.insertTouches(touches)
    totals.impressions += newTouches.filter((t) => t.type === "impression").length
    totals.clicks += newTouches.filter((t) => t.type === "click").length

    // order lines from core's facts, for the orders of this page
    const byCustomer = new Map<string, typeof orders>()
    for (const o of orders) if (o.customer_id) (byCustomer.get(o.customer_id) ?? byCustomer.set(o.customer_id, []).get(o.customer_id)!).push(o)
    if (byCustomer.size) {
      const wanted = new Map(orders.map((o) => [o.id, o]))
      const since = new Date(Math.min(...orders.map((o) => o.time)) - 86_400_000).toISOString()
      const until = new Date(Math.max(...orders.map((o) => o.time)) + 86_400_000).toISOString()
      let after: Cursor = null
      for (;;) {
        const lines = await data.pageOrderLineFacts(after, 10_000, { customer_ids: [...byCustomer.keys()], since, until })
        for (const l of lines.rows) {
          const o = wanted.get(l.order_id)
          if (!o || !l.product_id) continue
          candidates.push({
            key: l.id,
            type: "order",
            productId: l.product_id,
            time: o.time,
            keys: visitorKeys(o.anonymous_id, o.customer_id),
            customer_id: o.customer_id,
            anonymous_id: o.anonymous_id,
            order_id: o.id,
            quantity: l.quantity,
            currency_code: l.currency_code,
            amountMinor: typeof l.total === "number" ? l.total : toMinor(l.total, l.currency_code),
          })
        }
        if (lines.rows.length < 10_000) break
        after = lines.next
      }
    }

    if (candidates.length) {
      const since = new Date(Math.min(...candidates.map((c) => c.time)) - windowMs)
      const until = new Date(Math.max(...candidates.map((c) => c.time)))
      const stored = await recs.touchesFor({
        customerIds: [...new Set(candidates.map((c) => c.customer_id).filter(Boolean))] as string[],
        anonymousIds: [...new Set(candidates.map((c) => c.anonymous_id).filter(Boolean))] as string[],
        productIds: [...new Set(candidates.map((c) => c.productId))],
        since,
        until,
      })
      const known: Touch[] = stored.flatMap((t) => {
        const keys = visitorKeys(t.anonymous_id, t.customer_id)
        const time = new Date(t.occurred_at).getTime()
        const products = t.product_id ? [t.product_id] : (t.product_ids ?? [])
        return products.map((productId) => ({ recommendationId: t.recommendation_id, productId, time, keys, type: t.type }))
      })
      const attributed = attributeConversions(known, candidates, windowMs, settings.attribution_basis)
      const byKey = new Map(candidates.map((c) => [`${c.type}|${c.key}`, c]))
      const rows: ConversionRow[] = []
      for (const a of attributed) {
        const c = byKey.get(`${a.type}|${a.key}`)!
        const parts = decodeRecommendationId(a.recommendationId)
        if (!parts) continue
        rows.push({
          conversion_key: a.key,
          type: a.type,
          recommendation_id: a.recommendationId,
          placement: parts.placement,
          strategy: parts.strategy,
          model_version: parts.modelVersion,
          experiment_number: parts.experiment?.number ?? null,
          variant: parts.experiment?.variant ?? null,
          product_id: a.productId,
          customer_id: c.customer_id,
          anonymous_id: c.anonymous_id,
          order_id: c.order_id,
          quantity: c.quantity,
          amount: a.type === "order" ? Math.round(a.amountMinor ?? 0) : 0,
          currency_code: c.currency_code,
          occurred_at: new Date(a.time),
          touch_at: new Date(a.touchTime),
        })
      }
      const inserted = await recs.insertConversions(rows)
      totals.add_to_carts += inserted.filter((r) => r.type === "add_to_cart").length
      totals.orders += new Set(inserted.filter((r) => r.type === "order").map((r) => r.order_id)).size
    }
    totals.events += page.rows.length
    totals.read_again = (totals.read_again ?? 0) + (touches.length - newTouches.length)
    cursor = page.next
    if (!saved || (cursor && cursor.at > saved.at)) await recs.setCursor(CURSOR_KEY, cursor)
    await job.progress(50, `${totals.events} events read`)
    if (page.rows.length < PAGE) break
  }
  return totals
})
