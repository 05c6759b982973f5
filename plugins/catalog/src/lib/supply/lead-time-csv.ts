import { parse } from "csv-parse/sync"
import { toMinor } from "@finesse/core/lib/money/minor-units"

/**
 * The supplier lead-time import: a CSV with a header row, one variant (× stock location) per line.
 *   sku | variant_id   which variant (one of them is required)
 *   location          a stock location's id or name; empty = every location
 *   supplier          free text
 *   lead_time_days    days from order to arrival (> 0, required)
 *   lead_time_sd_days its standard deviation in days (≥ 0)
 *   pack_size, moq    whole units (≥ 1)
 *   order_cost        the cost of placing one order, a decimal amount in currency_code (e.g. 25.50 EUR → 2550)
 *   currency_code     ISO 4217, required with order_cost
 * Column names are matched case-insensitively; unknown columns are ignored. A bad line is reported with its line
 * number (the header is line 1) and field, and the other lines still count.
 */
export type LeadTimeLine = {
  sku?: string
  variant_id?: string
  location?: string
  supplier?: string
  lead_time_days: number
  lead_time_sd_days?: number
  pack_size?: number
  moq?: number
  /** minor units of currency_code */
  order_cost?: number
  currency_code?: string
}

export type LineError = { line: number; field: string; message: string }

export const LEAD_TIME_COLUMNS = ["sku", "variant_id", "location", "supplier", "lead_time_days", "lead_time_sd_days", "pack_size", "moq", "order_cost", "currency_code"] as const

export function parseLeadTimeCsv(text: string, options: { maxLines?: number } = {}): { lines: { line: number; row: LeadTimeLine }[]; errors: LineError[] } {
  const errors: LineError[] = []
  const lines: { line: number; row: LeadTimeLine }[] = []
  let records: { record: Record<string, string>; info: { lines: number } }[]
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      info: true,
    }) as any
  } catch (e) {
    const m = /line (\d+)/i.exec((e as Error).message)
    return { lines, errors: [{ line: m ? Number(m[1]) : 1, field: "csv", message: (e as Error).message }] }
  }
  const max = options.maxLines ?? 50_000
  if (records.length > max) return { lines, errors: [{ line: max + 2, field: "csv", message: `at most ${max} lines per import` }] }
  for (const { record: r, info } of records) {
    const line = info.lines
    const bad = (field: string, message: string) => errors.push({ line, field, message })
    const num = (field: string, opts: { int?: boolean; min?: number; gt?: number; max?: number }): number | undefined | null => {
      const v = r[field]
      if (v === undefined || v === "") return undefined
      const n = Number(v.replace(",", "."))
      if (!Number.isFinite(n) || (opts.int && !Number.isInteger(n)) || (opts.min !== undefined && n < opts.min) || (opts.gt !== undefined && !(n > opts.gt)) || (opts.max !== undefined && n > opts.max)) {
        bad(field, `"${v}" is not ${opts.int ? "a whole number" : "a number"}${opts.gt !== undefined ? ` above ${opts.gt}` : opts.min !== undefined ? ` of at least ${opts.min}` : ""}${opts.max !== undefined ? ` up to ${opts.max}` : ""}`)
        return null
      }
      return n
    }
    const before = errors.length
    const sku = r.sku || undefined
    const variantId = r.variant_id || undefined
    if (!sku && !variantId) bad("sku", "a sku or a variant_id is required")
    const days = num("lead_time_days", { gt: 0, max: 365 })
    if (days === undefined) bad("lead_time_days", "required")
    const sd = num("lead_time_sd_days", { min: 0, max: 180 })
    const pack = num("pack_size", { int: true, min: 1 })
    const moq = num("moq", { int: true, min: 1 })
    const currency = r.currency_code ? r.currency_code.toLowerCase() : undefined
    if (currency && !/^[a-z]{3}$/.test(currency)) bad("currency_code", `"${r.currency_code}" is not an ISO 4217 code`)
    let orderCost: number | undefined
    const cost = num("order_cost", { min: 0 })
    if (cost !== undefined && cost !== null) {
      if (!currency) bad("currency_code", "required with order_cost")
      else if (/^[a-z]{3}$/.test(currency)) orderCost = toMinor(r.order_cost.replace(",", "."), currency)
    }
    if (errors.length > before) continue
    lines.push({
      line,
      row: {
        sku,
        variant_id: variantId,
        location: r.location || undefined,
        supplier: r.supplier || undefined,
        lead_time_days: days as number,
        lead_time_sd_days: sd ?? undefined,
        pack_size: pack ?? undefined,
        moq: moq ?? undefined,
        order_cost: orderCost,
        currency_code: currency,
      },
    })
  }
  return { lines, errors }
}
