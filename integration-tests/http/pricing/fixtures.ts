import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expectStatus, waitFor } from "../../helpers/auth"

export const DAY = 86_400_000
export const base = "/admin/finesse/pricing"
export type Headers = { headers: Record<string, string> }

/** Starts a pricing job through its route and waits for it to end; returns the final job record. */
export async function runJob(api: any, admin: Headers, path: string, body: Record<string, unknown> = {}) {
  const r = await api.post(`${base}${path}`, body, admin)
  expect(r.status).toBe(202)
  const job = await waitFor(
    () => api.get(`/admin/finesse/jobs/${r.data.job.id}`, admin).then((x: any) => x.data.job),
    (j: any) => ["completed", "failed", "cancelled"].includes(j.state),
    90_000,
    200
  )
  if (job.state !== "completed") throw new Error(`${path} job ${job.state}: ${job.error}`)
  return job
}

/** What a storefront shows for each variant in the region: calculated_price.calculated_amount, major units. */
export async function storefrontPrices(api: any, store: { regionId: string; storeHeaders: () => Headers }, productIds: string[]) {
  const r = await api.get(`/store/products?region_id=${store.regionId}&fields=id,*variants.calculated_price&limit=50&${productIds.map((id) => `id[]=${id}`).join("&")}`, store.storeHeaders())
  const out: Record<string, number> = {}
  for (const p of r.data.products) for (const v of p.variants) out[v.id] = v.calculated_price?.calculated_amount
  return out
}

/** The Finesse price list's prices by variant (major units), straight from Medusa's pricing tables. */
export async function listPrices(container: MedusaContainer, priceListId: string | null) {
  if (!priceListId) return {}
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const r = await db.raw(
    `select pvps.variant_id, p.amount::float8 amount from price p join product_variant_price_set pvps on pvps.price_set_id = p.price_set_id
     where p.price_list_id = ? and p.deleted_at is null`,
    [priceListId]
  )
  return Object.fromEntries(r.rows.map((x: any) => [x.variant_id, Number(x.amount)]))
}

let seq = 0
/**
 * Weekly order line facts for products (core's fact table, as core's subscribers write it): `units(week)` and
 * `price(week)` in minor units, `weeks` weeks ending `endWeeksAgo` weeks before now.
 */
export async function insertLineFacts(
  container: MedusaContainer,
  rows: { product_id: string; variant_id: string; category_id: string; weeks: number; units: (w: number) => number; price: (w: number) => number; cost?: number; endWeeksAgo?: number }[],
  now = Date.now()
) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const facts: any[] = []
  const lines: any[] = []
  for (const r of rows) {
    for (let w = 0; w < r.weeks; w++) {
      const q = Math.round(r.units(w))
      if (q <= 0) continue
      const placed = new Date(now - ((r.endWeeksAgo ?? 0) + r.weeks - w) * 7 * DAY + 3 * DAY)
      const id = `order_pfx${String(++seq).padStart(6, "0")}`
      const price = r.price(w)
      const total = q * price
      facts.push({ id, customer_id: null, currency_code: "eur", placed_at: placed, status: "completed", item_count: 1, units: q, subtotal: total, discount_total: 0, total })
      lines.push({
        id: `${id}_l0`,
        order_id: id,
        placed_at: placed,
        status: "completed",
        currency_code: "eur",
        product_id: r.product_id,
        variant_id: r.variant_id,
        category_id: r.category_id,
        quantity: q,
        unit_price: price,
        subtotal: total,
        total,
        unit_cost: r.cost ?? null,
        cost_total: (r.cost ?? 0) * q,
        margin: total - (r.cost ?? 0) * q,
      })
    }
  }
  for (let i = 0; i < facts.length; i += 500) await db("finesse_order_fact").insert(facts.slice(i, i + 500))
  for (let i = 0; i < lines.length; i += 500) await db("finesse_order_line_fact").insert(lines.slice(i, i + 500))
  return lines.length
}

export { expectStatus, waitFor }
