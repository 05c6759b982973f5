import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { parseLeadTimeCsv, type LeadTimeLine, type LineError } from "../../../lib/supply/lead-time-csv"
import type { LeadTimeInput } from "../../../modules/finesse-catalog/store/lead-times"
import { existingVariantIds, stockLocations, variantIdsBySku } from "../../../reads/medusa"

export type ResolveLeadTimesInput = {
  /** rows entered in the admin (variant_id or sku), or a CSV to parse */
  rows?: LeadTimeLine[]
  csv?: string
  source: "manual" | "import"
  updated_by: string | null
  /** an import stores the good lines and reports the bad; entered rows must all be good */
  partial: boolean
}

export type ResolvedLeadTimes = { rows: LeadTimeInput[]; errors: LineError[]; lines: number }

/**
 * Checks supplier terms against the store: the variant (by id or SKU) and the stock location (by id or name) must
 * exist, and a variant × location may appear once. Returns the rows to store and, per input line, what is wrong
 * with it. Without `partial`, any error is a 400 naming the row and the field.
 */
export const resolveLeadTimesStep = createStep("catalog-resolve-lead-times", async (input: ResolveLeadTimesInput, { container }) => {
  const parsed = input.csv !== undefined ? parseLeadTimeCsv(input.csv) : { lines: (input.rows ?? []).map((row, i) => ({ line: i + 1, row })), errors: [] as LineError[] }
  const errors: LineError[] = [...parsed.errors]
  const skus = [...new Set(parsed.lines.map((l) => l.row.sku).filter((s): s is string => !!s))]
  const [bySku, locations, ids] = await Promise.all([
    variantIdsBySku(container, skus),
    stockLocations(container),
    existingVariantIds(container, parsed.lines.map((l) => l.row.variant_id).filter((v): v is string => !!v)),
  ])
  const locById = new Set(locations.map((l) => l.id))
  const locByName = new Map(locations.map((l) => [l.name.trim().toLowerCase(), l.id]))
  const good: { line: number; row: LeadTimeInput }[] = []
  const seen = new Map<string, number>()
  for (const { line, row } of parsed.lines) {
    const variantId = row.variant_id ? (ids.has(row.variant_id) ? row.variant_id : null) : row.sku ? (bySku.get(row.sku) ?? null) : null
    if (!variantId) {
      errors.push({ line, field: row.variant_id ? "variant_id" : "sku", message: row.variant_id ? `no variant ${row.variant_id}` : `no variant with SKU ${row.sku}` })
      continue
    }
    let locationId: string | null = null
    if (row.location) {
      locationId = locById.has(row.location) ? row.location : (locByName.get(row.location.trim().toLowerCase()) ?? null)
      if (!locationId) {
        errors.push({ line, field: "location", message: `no stock location "${row.location}" (give its id or name, or leave it empty for every location)` })
        continue
      }
    }
    const key = `${variantId}|${locationId ?? ""}`
    if (seen.has(key)) {
      errors.push({ line, field: row.variant_id ? "variant_id" : "sku", message: `the same variant and location as line ${seen.get(key)}` })
      continue
    }
    seen.set(key, line)
    good.push({
      line,
      row: {
        variant_id: variantId,
        location_id: locationId,
        sku: row.sku ?? null,
        supplier: row.supplier ?? null,
        lead_time_days: row.lead_time_days,
        lead_time_sd_days: row.lead_time_sd_days ?? null,
        pack_size: row.pack_size ?? null,
        moq: row.moq ?? null,
        order_cost: row.order_cost ?? null,
        currency_code: row.currency_code ?? null,
        source: input.source,
        updated_by: input.updated_by,
      },
    })
  }
  errors.sort((a, b) => a.line - b.line || a.field.localeCompare(b.field))
  if (!input.partial && errors.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${errors.map((e) => `rows[${e.line - 1}].${e.field}: ${e.message}`).join("; ")}`)
  }
  const lines = new Set([...parsed.lines.map((l) => l.line), ...errors.map((e) => e.line)]).size
  return new StepResponse<ResolvedLeadTimes>({ rows: good.map((g) => g.row), errors, lines })
})
