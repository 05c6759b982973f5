import type { MedusaContainer } from "@medusajs/framework/types"
import { attributeAndStore } from "../engine/attribute"
import { DAY_MS, promotionsOf } from "../engine/helpers"
import { dbOf, mainCurrency } from "../reads/core-tables"

/**
 * Monthly spend of the paid channels as a share of the revenue they bring (last-touch): search pays for itself,
 * paid social does not, affiliates take a commission, the newsletter costs little. What a merchant would see on
 * the invoices of a store with these channels.
 */
const SPEND_SHARE: Record<string, number> = { paid_search: 0.12, paid_social: 0.55, affiliate: 0.1, email: 0.03 }

/**
 * Channel spend for the demo's history and the attribution of its orders (all three models). Spend is written once
 * (source "demo"); the attribution runs again on every call, so it always reads the spend that is there.
 */
export async function seedDemoChannels(container: MedusaContainer, now: Date): Promise<string> {
  const service = promotionsOf(container)
  const db = dbOf(container)
  const currency = await mainCurrency(db)
  const until = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS)
  const since = new Date(until.getTime() - 365 * DAY_MS)
  const [existing] = await service.listFinessePromotionChannelSpends({ source: "demo" }, { take: 1 })
  let written = 0
  if (!existing) {
    const first = await attributeAndStore(container, { since, until, models: ["last_touch"], currency_code: currency })
    const r = await db.raw(
      `select channel, to_char(date_trunc('month', placed_at), 'YYYY-MM') as month, sum(revenue)::bigint as revenue
         from finesse_promotion_order_attribution where run_id = ? and channel = any(?::text[]) group by 1, 2 order by 2, 1`,
      [first.runs[0].id, Object.keys(SPEND_SHARE)]
    )
    const rows = (r.rows as { channel: string; month: string; revenue: string }[]).map((x) => {
      const from = new Date(`${x.month}-01T00:00:00.000Z`)
      const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1))
      return {
        channel: x.channel,
        campaign: null,
        amount: Math.round(Number(x.revenue) * SPEND_SHARE[x.channel]),
        currency_code: currency,
        starts_at: from,
        ends_at: to,
        source: "demo" as const,
        note: "demo invoice",
        created_by: "demo",
      }
    })
    if (rows.length) await service.createFinessePromotionChannelSpends(rows)
    written = rows.length
  }
  const final = await attributeAndStore(container, { since, until, currency_code: currency })
  return `${written} monthly spend rows; ${final.orders} orders attributed from ${final.touches} touches (3 models)`
}
