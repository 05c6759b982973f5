import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { catalogService } from "../helpers"

/**
 * GET /admin/finesse/catalog/categories → the latest category analysis: the tree's shape (depth, breadth, empty,
 * overloaded, thin, uncategorised products), suggestions (merge, split, move, reorder), the paths that lead to
 * orders; null before the first analysis.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const run = await catalogService(req).latestCategoryRun()
  res.json({
    categories: run
      ? { id: run.id, computed_at: run.computed_at, events_since: run.events_since, events_until: run.events_until, summary: run.summary, suggestions: run.suggestions, order_paths: run.order_paths, uncategorized: run.uncategorized }
      : null,
  })
}
