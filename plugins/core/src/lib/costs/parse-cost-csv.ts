import { parse } from "csv-parse/sync"

export type CostCsvRow = {
  /** 1-based line in the file (the header is line 1). */
  line: number
  sku: string | null
  variant_id: string | null
  currency_code: string
  /** The cost as written, in major units (12.50). */
  cost: string
}

export type CostCsvError = { line: number; message: string }

const MAX_ROWS = 200_000

/**
 * Reads a cost CSV: a header with `sku` or `variant_id`, `currency_code` and `cost` (major units, e.g. 12.50), in
 * any order, case-insensitive. Bad rows are reported by line number; good rows are returned.
 */
export function parseCostCsv(text: string): { rows: CostCsvRow[]; errors: CostCsvError[]; fatal?: string } {
  let records: string[][]
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: false, bom: true, trim: true })
  } catch (e) {
    return { rows: [], errors: [], fatal: `the file is not valid CSV: ${(e as Error).message}` }
  }
  if (!records.length) return { rows: [], errors: [], fatal: "the file is empty" }
  const header = records[0].map((h) => h.toLowerCase().replace(/\s+/g, "_"))
  const col = (name: string) => header.indexOf(name)
  const [iSku, iVariant, iCur, iCost] = [col("sku"), col("variant_id"), col("currency_code"), col("cost")]
  const missing = [iCur < 0 && "currency_code", iCost < 0 && "cost", iSku < 0 && iVariant < 0 && "sku or variant_id"].filter(Boolean)
  if (missing.length) return { rows: [], errors: [], fatal: `the header must name ${missing.join(", ")} (found: ${header.join(", ") || "nothing"})` }
  if (records.length - 1 > MAX_ROWS) return { rows: [], errors: [], fatal: `at most ${MAX_ROWS} rows per file` }

  const rows: CostCsvRow[] = []
  const errors: CostCsvError[] = []
  const seen = new Map<string, number>()
  for (let r = 1; r < records.length; r++) {
    const line = r + 1
    const rec = records[r]
    if (rec.length === 1 && rec[0] === "") continue
    const get = (i: number) => (i >= 0 ? (rec[i] ?? "").trim() : "")
    const sku = get(iSku) || null
    const variant_id = get(iVariant) || null
    const currency_code = get(iCur).toLowerCase()
    const cost = get(iCost).replace(/^\+/, "")
    if (!sku && !variant_id) {
      errors.push({ line, message: "sku or variant_id is required" })
      continue
    }
    if (!/^[a-z]{3}$/.test(currency_code)) {
      errors.push({ line, message: `currency_code ${JSON.stringify(get(iCur))} is not an ISO 4217 code` })
      continue
    }
    if (!/^\d+(\.\d+)?$/.test(cost)) {
      errors.push({ line, message: `cost ${JSON.stringify(get(iCost))} is not a non-negative decimal number` })
      continue
    }
    const key = `${variant_id ?? `sku:${sku}`}|${currency_code}`
    if (seen.has(key)) {
      errors.push({ line, message: `duplicate of line ${seen.get(key)} (same ${variant_id ? "variant_id" : "sku"} and currency)` })
      continue
    }
    seen.set(key, line)
    rows.push({ line, sku, variant_id, currency_code, cost })
  }
  return { rows, errors }
}
