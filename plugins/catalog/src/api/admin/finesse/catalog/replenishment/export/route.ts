import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { currencyExponent } from "@finesse/core/lib/money/minor-units"
import { PURCHASE_CSV_COLUMNS, purchaseSuggestionsCsv, type SuggestionRow } from "../../../../../../lib/replenishment/purchase-suggestions"
import { catalogService } from "../../helpers"
import type { AdminReplenishmentExportQueryType } from "../../validators"

/**
 * GET /admin/finesse/catalog/replenishment/export?reorder=true&location_id&supplier&q → text/csv: the purchase
 * suggestion list (by default only what to reorder), most urgent first, in the columns of lib's
 * PURCHASE_CSV_COLUMNS (money as minor units and as a decimal amount of currency_code).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as AdminReplenishmentExportQueryType
  const svc = catalogService(req)
  const parts: string[] = [PURCHASE_CSV_COLUMNS.join(",") + "\n"]
  for await (const page of svc.allReplenishment(q)) {
    for (const r of page) {
      const row: SuggestionRow = {
        variantId: r.variant_id,
        sku: r.sku,
        title: r.title ?? undefined,
        locationId: r.location_id,
        locationName: r.location_name,
        supplier: r.supplier,
        currencyCode: r.currency_code,
        plan: {
          available: r.available,
          inventoryPosition: r.inventory_position,
          meanPerDay: r.mean_per_day,
          model: r.demand_model,
          safetyStock: r.safety_stock,
          reorderPoint: r.reorder_point,
          orderUpTo: r.order_up_to,
          eoq: r.eoq,
          suggestedQty: r.suggested_qty,
          orderValueMinor: r.order_value,
          daysOfCover: r.days_of_cover === null ? Infinity : r.days_of_cover,
          stockoutRisk: r.stockout_risk,
          reorder: r.reorder,
          reason: r.reason,
        },
      }
      // one row at a time: each in its own currency's decimals, in the list's order
      const csv = purchaseSuggestionsCsv([row], currencyExponent(r.currency_code ?? "eur"))
      parts.push(csv.slice(csv.indexOf("\n") + 1))
    }
  }
  const stamp = new Date().toISOString().slice(0, 10)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="purchase-suggestions-${stamp}.csv"`)
  res.status(200).send(parts.join(""))
}
