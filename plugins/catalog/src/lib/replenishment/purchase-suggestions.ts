import { ReplenishmentPlan } from "./plan-replenishment"

/**
 * The purchase-suggestion list: every variant × location whose plan says reorder, most urgent first (stock-out
 * risk, then days of cover), and its CSV export (RFC 4180 quoting; money as minor units and as a decimal amount).
 */
export type SuggestionRow = {
  variantId: string
  sku?: string | null
  title?: string
  locationId: string
  locationName?: string | null
  supplier?: string | null
  currencyCode?: string | null
  plan: ReplenishmentPlan
}

export function purchaseSuggestions(rows: SuggestionRow[], options: { includeAll?: boolean } = {}): SuggestionRow[] {
  return rows
    .filter((r) => options.includeAll || r.plan.reorder)
    .sort((a, b) => b.plan.stockoutRisk - a.plan.stockoutRisk || a.plan.daysOfCover - b.plan.daysOfCover || a.variantId.localeCompare(b.variantId) || a.locationId.localeCompare(b.locationId))
}

function csvField(v: string | number | null | undefined): string {
  const s = v === null || v === undefined ? "" : String(v)
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export const PURCHASE_CSV_COLUMNS = [
  "variant_id",
  "sku",
  "title",
  "location_id",
  "location_name",
  "supplier",
  "suggested_qty",
  "order_value_minor",
  "order_value",
  "currency_code",
  "available",
  "inventory_position",
  "daily_demand",
  "safety_stock",
  "reorder_point",
  "order_up_to",
  "eoq",
  "days_of_cover",
  "stockout_risk",
  "model",
  "reason",
] as const

/** CSV text of the suggestions; `decimals` is the currency's minor-unit exponent (2 for EUR/USD/GBP). */
export function purchaseSuggestionsCsv(rows: SuggestionRow[], decimals = 2): string {
  const out = [PURCHASE_CSV_COLUMNS.join(",")]
  for (const r of rows) {
    const p = r.plan
    out.push(
      [
        r.variantId,
        r.sku ?? "",
        r.title ?? "",
        r.locationId,
        r.locationName ?? "",
        r.supplier ?? "",
        p.suggestedQty,
        p.orderValueMinor,
        (p.orderValueMinor / 10 ** decimals).toFixed(decimals),
        r.currencyCode ?? "",
        p.available,
        p.inventoryPosition,
        p.meanPerDay.toFixed(3),
        p.safetyStock,
        p.reorderPoint,
        p.orderUpTo,
        p.eoq,
        Number.isFinite(p.daysOfCover) ? p.daysOfCover.toFixed(1) : "",
        p.stockoutRisk.toFixed(4),
        p.model,
        p.reason,
      ]
        .map(csvField)
        .join(",")
    )
  }
  return out.join("\n") + "\n"
}
