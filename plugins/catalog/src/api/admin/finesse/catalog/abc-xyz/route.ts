import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { catalogService } from "../helpers"

/**
 * GET /admin/finesse/catalog/abc-xyz → the 3 × 3 matrix: variants, sales value and stock value per ABC (share of
 * sales value: A to 80 %, B to 95 %) × XYZ (CV of weekly demand: X ≤ 0.5, Y ≤ 1, Z above) cell, and totals (dead,
 * slow, drop candidates).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const m = await catalogService(req).classMatrix()
  const cells = ["A", "B", "C"].flatMap((abc) => ["X", "Y", "Z"].map((xyz) => m.cells.find((c: any) => c.abc === abc && c.xyz === xyz) ?? { abc, xyz, variants: 0, revenue: 0, stock_value: 0 }))
  res.json({ matrix: { cells, totals: m.totals } })
}
