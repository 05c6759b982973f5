import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { candidateRanking } from "../../../../../../engine/network"

/**
 * GET /admin/finesse/logistics/network/demand?days=90 — orders per delivery area, the sites (existing locations
 * and candidate cities) and the candidates ranked by what adding each alone would save.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { days } = req.validatedQuery as { days: number }
  const r = await candidateRanking(req.scope, days, { road: { speedKmh: 70, detourFactor: 1.25 }, next_day_km: 500, capacitated: false })
  res.json({ days, demand: r.demand.points, orders: r.demand.orders, unplaced: r.demand.unplaced, sites: r.sites, ranking: r.ranking })
}
