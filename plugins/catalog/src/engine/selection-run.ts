import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { classifyAbcXyz } from "../lib/selection/abc-xyz"
import { currencyRatios } from "../lib/selection/currency-ratios"
import { dropCandidates } from "../lib/selection/drop-candidates"
import { flagSlowMovers } from "../lib/selection/slow-movers"
import { WEEK_MS } from "../lib/series/calendar"
import { FINESSE_CATALOG_MODULE } from "../modules/finesse-catalog"
import type FinesseCatalogModuleService from "../modules/finesse-catalog/service"
import { bulkId } from "../modules/finesse-catalog/store/bulk"
import { salesValueByVariant } from "../reads/core-tables"
import { FINESSE_DATA_MODULE, type CostsReadApi } from "../reads/data-api"
import type { LevelRow } from "../reads/medusa"

/**
 * Product selection per variant over the 52 weeks before `asOf`: ABC on sales value in the store's currency, XYZ
 * on the variability of the last 26 weekly totals (all locations), slow movers and dead stock on stock on hand
 * (all locations) against the last 13 weeks' sales, and drop candidates among the C items.
 */
export async function runSelection(container: MedusaContainer, o: { now: number; asOf: number; runId: string; levels: LevelRow[]; currency: string }) {
  const svc = container.resolve<FinesseCatalogModuleService>(FINESSE_CATALOG_MODULE)
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const from = new Date(o.asOf - 52 * WEEK_MS)
  const until = new Date(o.asOf)
  const [sales, weekly, firstLast] = await Promise.all([
    salesValueByVariant(db, from, until),
    svc.weeklyUnitsByVariant(new Date(o.asOf - 26 * WEEK_MS), until),
    db.raw(`select variant_id, min(placed_at) first, max(placed_at) last from finesse_order_line_fact where deleted_at is null and status <> 'canceled' and variant_id is not null group by variant_id`),
  ])
  const ratios = currencyRatios(sales, o.currency)
  const value = new Map<string, { revenue: number; margin: number | null; units: number; recent: number; earlier: number; product_id: string | null }>()
  for (const r of sales) {
    const k = r.currency_code === o.currency ? 1 : (ratios.get(r.currency_code) ?? 1)
    const v = value.get(r.variant_id) ?? { revenue: 0, margin: 0, units: 0, recent: 0, earlier: 0, product_id: r.product_id }
    v.revenue += r.revenue * k
    v.margin = v.margin === null || r.margin === null ? null : v.margin + r.margin * k
    v.units += r.units
    v.recent += r.units_recent
    v.earlier += r.units_earlier
    value.set(r.variant_id, v)
  }
  const stock = new Map<string, { onHand: number; meta: LevelRow }>()
  for (const l of o.levels) {
    const s = stock.get(l.variant_id) ?? { onHand: 0, meta: l }
    s.onHand += Math.max(0, l.stocked - l.reserved)
    stock.set(l.variant_id, s)
  }
  const seen = new Map<string, { first: number; last: number }>()
  for (const r of firstLast.rows) seen.set(r.variant_id, { first: new Date(r.first).getTime(), last: new Date(r.last).getTime() })
  const ids = [...new Set([...value.keys(), ...stock.keys()])].sort()
  const meta = new Map<string, { sku: string | null; title: string | null; product_id: string | null }>()
  for (const [id, s] of stock) meta.set(id, { sku: s.meta.sku, title: s.meta.title, product_id: s.meta.product_id })
  const unknown = ids.filter((id) => !meta.has(id))
  if (unknown.length) {
    const r = await db.raw(`select pv.id, pv.product_id, pv.sku, coalesce(p.title || ' · ' || pv.title, pv.title) title from product_variant pv join product p on p.id = pv.product_id where pv.id = any(?)`, [unknown])
    for (const x of r.rows) meta.set(x.id, x)
  }
  const live = ids.filter((id) => meta.has(id))
  const costs = await container.resolve<CostsReadApi>(FINESSE_DATA_MODULE).loadVariantCosts(live)
  const unitCost = (id: string) => {
    const c = costs.get(id)
    if (!c) return null
    if (c.has(o.currency)) return c.get(o.currency)!
    const [cur, amount] = [...c.entries()][0]
    return amount * (ratios.get(cur) ?? 1)
  }
  const zeros = new Float64Array(26)
  const classes = classifyAbcXyz(live.map((id) => ({ id, revenueMinor: Math.round(value.get(id)?.revenue ?? 0), marginMinor: value.get(id)?.margin ?? undefined, demand: weekly.get(id) ?? zeros })))
  const classBy = new Map(classes.map((c) => [c.id, c]))
  const flags = flagSlowMovers(
    live.map((id) => {
      const w = weekly.get(id)
      let sold13 = 0
      if (w) for (let t = w.length - 13; t < w.length; t++) sold13 += w[t]
      const s = seen.get(id)
      const created = stock.get(id)?.meta.variant_created_at ? new Date(stock.get(id)!.meta.variant_created_at).getTime() : null
      // a variant that sold a year ago has been in the range at least that long, whatever its row's creation time
      const createdAt = s && created !== null ? Math.min(created, s.first) : (s?.first ?? created)
      return { id, onHand: stock.get(id)?.onHand ?? 0, unitsSoldInWindow: sold13, lastSoldAt: s?.last ?? null, createdAt, unitCostMinor: unitCost(id) }
    }),
    o.now,
    { windowDays: 91 }
  )
  const flagBy = new Map(flags.map((f) => [f.id, f]))
  const drops = new Map(
    dropCandidates(
      live.map((id) => {
        const v = value.get(id)
        return { id, classes: classBy.get(id)!, stock: flagBy.get(id), revenueMinor: Math.round(v?.revenue ?? 0), marginMinor: v?.margin ?? null, unitsEarlier: v?.earlier ?? 0, unitsRecent: v?.recent ?? 0 }
      })
    ).map((d) => [d.id, d])
  )
  const rows = live.map((id) => {
    const c = classBy.get(id)!
    const f = flagBy.get(id)!
    const d = drops.get(id)
    const m = meta.get(id)!
    return {
      id: bulkId("fcvc"),
      run_id: o.runId,
      variant_id: id,
      product_id: m.product_id,
      sku: m.sku,
      title: m.title,
      abc: c.abc,
      xyz: c.xyz,
      revenue: Math.min(2_147_483_647, Math.round(value.get(id)?.revenue ?? 0)),
      margin: value.get(id)?.margin == null ? null : Math.max(-2_147_483_648, Math.min(2_147_483_647, Math.round(value.get(id)!.margin!))),
      share: c.share,
      cumulative_share: c.cumulativeShare,
      cv: Number.isFinite(c.cv) ? c.cv : null,
      rank: c.rank,
      units: value.get(id)?.units ?? 0,
      on_hand: stock.get(id)?.onHand ?? 0,
      stock_status: f.status,
      days_since_last_sale: f.daysSinceLastSale === null ? null : Math.round(f.daysSinceLastSale * 10) / 10,
      days_of_cover: Number.isFinite(f.daysOfCover) ? Math.round(f.daysOfCover) : null,
      stock_value: Math.min(2_147_483_647, f.stockValueMinor),
      drop_score: d?.score ?? null,
      reasons: d ? d.reasons : f.reasons.length ? f.reasons : null,
    }
  })
  await svc.replaceClasses(rows)
  const count = (pred: (r: (typeof rows)[number]) => boolean) => rows.filter(pred).length
  return {
    variants: rows.length,
    dead: count((r) => r.stock_status === "dead"),
    slow: count((r) => r.stock_status === "slow"),
    drop_candidates: drops.size,
    currency_ratios: Object.fromEntries(ratios),
  }
}
