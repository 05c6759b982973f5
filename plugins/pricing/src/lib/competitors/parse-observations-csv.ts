import { parse } from "csv-parse/sync"
import { toMinor } from "@finesse/core/lib/money/minor-units"
import { normalizeGtin, normalizeSku } from "./identifiers"

/** One good line of an observation CSV. Price in minor units, time epoch ms. */
export type ObservationCsvRow = {
  /** 1-based line in the file (the header is line 1) */
  line: number
  competitor: string
  variantId: string | null
  /** normalised (normalizeSku) */
  sku: string | null
  /** GTIN-14 */
  gtin: string | null
  offerId: string | null
  price: number
  currencyCode: string
  inStock: boolean
  observedAt: number
  url: string | null
}

export type ObservationCsvError = { line: number; field: string | null; message: string }

export const OBSERVATION_CSV_COLUMNS = {
  required: ["competitor", "price", "currency_code"],
  identifiers: ["variant_id", "sku", "gtin", "offer_id"],
  optional: ["in_stock", "observed_at", "url"],
} as const

const MAX_ROWS = 500_000
const TRUE = new Set(["true", "1", "yes", "y", "in_stock", "instock", "available"])
const FALSE = new Set(["false", "0", "no", "n", "out_of_stock", "outofstock", "unavailable", "sold_out"])
const TIME_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * An ISO 8601 date or date-time as epoch ms. A time without an offset is read as UTC (never the machine's zone),
 * a bare date as its 00:00 UTC. Returns null for anything else, including impossible dates (2024-02-30).
 */
export function parseObservedAt(s: string): number | null {
  const m = TIME_RE.exec(s)
  if (!m) return null
  const [y, mo, d, h, mi, sec] = [+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)]
  const ms = m[7] ? +m[7].padEnd(3, "0") : 0
  const local = Date.UTC(y, mo - 1, d, h, mi, sec, ms)
  const back = new Date(local)
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || back.getUTCHours() !== h || back.getUTCMinutes() !== mi) return null
  const off = m[8]
  if (!off || off === "Z") return local
  const om = /^([+-])(\d{2}):?(\d{2})$/.exec(off)!
  const minutes = (om[1] === "-" ? -1 : 1) * (+om[2] * 60 + +om[3])
  return local - minutes * 60_000
}

/**
 * Reads competitor price observations from CSV. Header (any order, case-insensitive): competitor, price (major
 * units, e.g. 12.99), currency_code, at least one of variant_id / sku / gtin / offer_id, and optionally in_stock
 * (true/false, yes/no, 1/0; default true), observed_at (ISO 8601; default `now`), url. Every bad line is reported
 * with its line number and field; good lines are returned. Only a missing header column is fatal.
 */
export function parseObservationCsv(text: string, now: number): { rows: ObservationCsvRow[]; errors: ObservationCsvError[]; fatal?: string } {
  let records: string[][]
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: false, bom: true, trim: true, relax_quotes: true })
  } catch (e) {
    return { rows: [], errors: [], fatal: `the file is not valid CSV: ${(e as Error).message}` }
  }
  if (!records.length) return { rows: [], errors: [], fatal: "the file is empty" }
  const header = records[0].map((h) => h.toLowerCase().replace(/\s+/g, "_"))
  const col = (name: string) => header.indexOf(name)
  const missing: string[] = OBSERVATION_CSV_COLUMNS.required.filter((c) => col(c) < 0)
  if (OBSERVATION_CSV_COLUMNS.identifiers.every((c) => col(c) < 0)) missing.push("variant_id, sku, gtin or offer_id")
  if (missing.length) return { rows: [], errors: [], fatal: `the header must name ${missing.join(", ")} (found: ${header.join(", ") || "nothing"})` }
  if (records.length - 1 > MAX_ROWS) return { rows: [], errors: [], fatal: `at most ${MAX_ROWS} rows per file` }

  const rows: ObservationCsvRow[] = []
  const errors: ObservationCsvError[] = []
  for (let r = 1; r < records.length; r++) {
    const line = r + 1
    const rec = records[r]
    if (rec.length === 1 && rec[0] === "") continue
    const get = (name: string) => {
      const i = col(name)
      return i >= 0 ? (rec[i] ?? "").trim() : ""
    }
    const fail = (field: string | null, message: string) => errors.push({ line, field, message })
    if (rec.length > header.length) {
      fail(null, `${rec.length} fields, the header has ${header.length}`)
      continue
    }
    const competitor = get("competitor")
    if (!competitor) {
      fail("competitor", "competitor is required")
      continue
    }
    const variantId = get("variant_id") || null
    const offerId = get("offer_id") || null
    const sku = normalizeSku(get("sku"))
    let gtin: string | null = null
    const rawGtin = get("gtin")
    if (rawGtin) {
      const g = normalizeGtin(rawGtin)
      if (!g.ok) {
        fail("gtin", g.reason)
        continue
      }
      gtin = g.gtin14
    }
    if (!variantId && !sku && !gtin && !offerId) {
      fail("variant_id", "one of variant_id, sku, gtin or offer_id is required")
      continue
    }
    const currencyCode = get("currency_code").toLowerCase()
    if (!/^[a-z]{3}$/.test(currencyCode)) {
      fail("currency_code", `currency_code ${JSON.stringify(get("currency_code"))} is not an ISO 4217 code`)
      continue
    }
    const rawPrice = get("price").replace(/^\+/, "")
    if (!/^\d+(\.\d+)?$/.test(rawPrice)) {
      fail("price", `price ${JSON.stringify(get("price"))} is not a positive decimal number in major units (e.g. 12.99)`)
      continue
    }
    const price = toMinor(rawPrice, currencyCode)
    if (!(price > 0)) {
      fail("price", `price ${rawPrice} is zero`)
      continue
    }
    const rawStock = get("in_stock").toLowerCase()
    let inStock = true
    if (rawStock) {
      if (TRUE.has(rawStock)) inStock = true
      else if (FALSE.has(rawStock)) inStock = false
      else {
        fail("in_stock", `in_stock ${JSON.stringify(get("in_stock"))} is not true/false, yes/no or 1/0`)
        continue
      }
    }
    let observedAt = now
    const rawAt = get("observed_at")
    if (rawAt) {
      const t = parseObservedAt(rawAt)
      if (t === null) {
        fail("observed_at", `observed_at ${JSON.stringify(rawAt)} is not an ISO 8601 date or date-time`)
        continue
      }
      if (t > now + 60_000) {
        fail("observed_at", `observed_at ${rawAt} is in the future`)
        continue
      }
      observedAt = t
    }
    rows.push({ line, competitor, variantId, sku, gtin, offerId, price, currencyCode, inStock, observedAt, url: get("url") || null })
  }
  return { rows, errors }
}
