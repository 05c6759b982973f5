import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dbOf, mainCurrency } from "../../../../../reads/core-tables"
import { serviceOf } from "../helpers"

/**
 * GET /admin/finesse/promotions/channels?model&currency_code — the latest attribution of the model: orders, revenue,
 * margin and new customers per channel and campaign, spend, ROAS, ROI and CPA; and when each model last ran.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { model: string; currency_code?: string }
  const service = serviceOf(req)
  const currency = (q.currency_code ?? (await mainCurrency(dbOf(req.scope)))).toLowerCase()
  const [run] = await service.listFinessePromotionAttributionRuns({ model: q.model, currency_code: currency }, { take: 1, order: { computed_at: "DESC" } })
  const latest = await Promise.all(
    ["last_touch", "first_touch", "position_based"].map(async (model) => {
      const [r] = await service.listFinessePromotionAttributionRuns({ model, currency_code: currency }, { take: 1, order: { computed_at: "DESC" }, select: ["id", "model", "computed_at", "orders", "since", "until"] })
      return r ?? null
    })
  )
  res.json({ currency_code: currency, model: q.model, run: run ?? null, models: latest.filter(Boolean) })
}
