import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { catalogService } from "../../helpers"

/**
 * GET /admin/finesse/catalog/products/:id → what the product page widget shows: the quality score with the unmet
 * rules, each variant's weekly forecast (all locations, the next periods) with its method, and its replenishment.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const svc = catalogService(req)
  const id = req.params.id
  const p = await svc.db.raw(`select id, title from product where id = ? and deleted_at is null`, [id])
  if (!p.rows.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `no product ${id}`)
  const [quality, run, plans, classes] = await Promise.all([
    svc.qualityOf(id),
    svc.currentRun("week"),
    svc.listReplenishment({ limit: 100, offset: 0, product_id: id, order: "-stockout_risk" }),
    svc.db.raw(`select variant_id, abc, xyz, stock_status, drop_score from finesse_catalog_variant_class where product_id = ? and deleted_at is null`, [id]),
  ])
  const forecasts = run ? await svc.forecastsOf(run.id, { product_id: id }) : []
  const byVariant = new Map<string, { variant_id: string; title: string | null; sku: string | null; methods: string[]; horizon_units: number; point: number[]; lower_80: (number | null)[]; upper_80: (number | null)[] }>()
  for (const f of forecasts) {
    const v = byVariant.get(f.variant_id) ?? { variant_id: f.variant_id, title: f.title ?? null, sku: f.sku ?? null, methods: [], horizon_units: 0, point: f.values.point.map(() => 0), lower_80: f.values.point.map(() => 0), upper_80: f.values.point.map(() => 0) }
    v.methods.push(`${f.location_name ?? f.location_id}: ${f.method}`)
    v.horizon_units += f.horizon_units
    f.values.point.forEach((x, k) => {
      v.point[k] += x
      v.lower_80[k] = v.lower_80[k] === null || !f.values.lower_80 ? null : (v.lower_80[k] as number) + f.values.lower_80[k]
      v.upper_80[k] = v.upper_80[k] === null || !f.values.upper_80 ? null : (v.upper_80[k] as number) + f.values.upper_80[k]
    })
    byVariant.set(f.variant_id, v)
  }
  res.json({
    product: {
      id,
      title: p.rows[0].title,
      quality,
      forecast: run ? { as_of: run.as_of, horizon: run.horizon, variants: [...byVariant.values()].map((v) => ({ ...v, horizon_units: Math.round(v.horizon_units * 10) / 10 })) } : null,
      replenishment: plans.rows,
      classes: classes.rows,
    },
  })
}
