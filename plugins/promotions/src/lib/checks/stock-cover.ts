import { z } from "@medusajs/framework/zod"
import { planDays, type PlanningCheck } from "./check-types"

export type StockCoverArgs = {
  /** fail below this cover (stock / expected units; default 1) */
  minCover?: number
  /** warn below this cover (default 1.2) */
  warnCover?: number
}

/**
 * Stock against the expected sales while the promotion runs, at each location: expected units =
 * baseline units per day × (1 + expected uplift) × days; cover = available / expected. Demand given without a
 * location is compared with the stock of all locations together.
 */
export const stockCoverCheck: PlanningCheck<StockCoverArgs> = {
  code: "stock_cover",
  title: "Stock cover for the uplift",
  description: "Fails when a location's stock of a promoted product does not cover its expected sales with the uplift; warns when the cover is thin.",
  argsSchema: z
    .object({ minCover: z.number().positive().optional(), warnCover: z.number().positive().optional() })
    .strict() as z.ZodType<StockCoverArgs>,
  evaluate(ctx, args) {
    const minCover = args.minCover ?? 1
    const warnCover = Math.max(minCover, args.warnCover ?? 1.2)
    const c = ctx.candidate
    const days = planDays(c)
    const uplift = ctx.expectedUplift ?? 0
    const scope = c.productIds === "all" ? null : new Set(c.productIds)
    const stockAt = new Map<string, number>()
    const stockAll = new Map<string, number>()
    for (const s of ctx.stock ?? []) {
      if (scope && !scope.has(s.productId)) continue
      stockAt.set(`${s.productId}|${s.locationId}`, (stockAt.get(`${s.productId}|${s.locationId}`) ?? 0) + s.available)
      stockAll.set(s.productId, (stockAll.get(s.productId) ?? 0) + s.available)
    }
    type Row = { productId: string; locationId: string; expected: number; available: number; cover: number }
    const rows: Row[] = []
    for (const d of ctx.demand ?? []) {
      if (scope && !scope.has(d.productId)) continue
      const expected = d.unitsPerDay * (1 + uplift) * days
      if (!(expected > 0)) continue
      const available = d.locationId ? stockAt.get(`${d.productId}|${d.locationId}`) ?? 0 : stockAll.get(d.productId) ?? 0
      rows.push({ productId: d.productId, locationId: d.locationId ?? "all", expected, available, cover: available / expected })
    }
    rows.sort((a, b) => a.cover - b.cover)
    const short = rows.filter((r) => r.cover < minCover)
    const thin = rows.filter((r) => r.cover >= minCover && r.cover < warnCover)
    const worst = rows[0]
    const figures = {
      days: +days.toFixed(2),
      expected_uplift: uplift,
      pairs_checked: rows.length,
      pairs_short: short.length,
      pairs_thin: thin.length,
      worst_product: worst?.productId ?? null,
      worst_location: worst?.locationId ?? null,
      worst_expected_units: worst ? Math.ceil(worst.expected) : null,
      worst_available: worst?.available ?? null,
      worst_cover: worst ? +worst.cover.toFixed(3) : null,
      units_short: Math.ceil(short.reduce((s, r) => s + (r.expected * minCover - r.available), 0)),
    }
    if (rows.length === 0) return { code: this.code, status: "warn", message: "no demand history for the promoted products: stock cover not checked", figures }
    if (short.length) {
      return {
        code: this.code,
        status: "fail",
        message: `${short.length} product/location pair(s) would run out: worst ${worst.productId} at ${worst.locationId}, ${worst.available} in stock for ${Math.ceil(worst.expected)} expected`,
        figures,
      }
    }
    if (thin.length) return { code: this.code, status: "warn", message: `${thin.length} product/location pair(s) with less than ${warnCover}× cover`, figures }
    return { code: this.code, status: "pass", message: `stock covers the expected sales everywhere (lowest cover ${worst.cover.toFixed(2)}×)`, figures }
  },
}
