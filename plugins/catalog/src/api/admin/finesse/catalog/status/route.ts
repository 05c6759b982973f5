import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stockLocations } from "../../../../../reads/medusa"
import { catalogService, latestJobs } from "../helpers"

/** GET /admin/finesse/catalog/status → the latest job of each catalog kind, the current runs, the
 * supply policy and the stock locations. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const svc = catalogService(req)
  const [jobs, week, dayRun, quality, categories, replenishment, policy, locations] = await Promise.all([
    latestJobs(req, ["catalog.forecast", "catalog.replenishment", "catalog.quality", "catalog.categories"]),
    svc.currentRun("week"),
    svc.currentRun("day"),
    svc.qualitySummary(),
    svc.latestCategoryRun(),
    svc.replenishmentSummary(),
    svc.policy(),
    stockLocations(req.scope),
  ])
  res.json({
    status: {
      jobs,
      forecast: { week, day: dayRun },
      quality: { products: quality.products, average_score: quality.average_score, computed_at: quality.computed_at },
      categories: categories ? { computed_at: categories.computed_at, summary: categories.summary } : null,
      replenishment,
      policy,
      locations,
    },
  })
}
