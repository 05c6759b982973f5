import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { catalogService } from "../helpers"

/**
 * GET /admin/finesse/catalog/gaps → what shoppers look for and do not find: searched terms that return nothing (or
 * almost nothing) most of the time, and categories viewed far more than their products in stock explain; plus the
 * drop candidates count from the range analysis.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const svc = catalogService(req)
  const [run, classes] = await Promise.all([svc.latestCategoryRun(), svc.classMatrix()])
  res.json({
    gaps: {
      computed_at: run?.computed_at ?? null,
      events_since: run?.events_since ?? null,
      searches: run?.search_gaps ?? [],
      categories: run?.thin_categories ?? [],
      drop_candidates: classes.totals.drop_candidates ?? 0,
    },
  })
}
