// Import of carrier rate tables from CSV (what carriers send as spreadsheets). Columns by header name, any order:
// carrier, service, origin_country, dest_country, dest_postcode_prefix, max_weight_g (or max_weight_kg),
// price (major units, e.g. 5.90) or price_minor, currency, transit_days. Bad lines are reported, not fatal.
import { parse } from "csv-parse/sync"
import type { RateRow } from "./rate-table"

export type RateCsvError = { line: number; message: string }
export type RateCsvResult = { rows: RateRow[]; errors: RateCsvError[]; lines: number }

/** Decimal digits of the currencies the store sells in (ISO 4217); others default to 2. */
const DIGITS: Record<string, number> = { jpy: 0, krw: 0, bhd: 3, kwd: 3 }

/**
 * A typed major-unit amount ("5.90", "5,90", "1 234.5") to integer minor units, without float arithmetic on the
 * amount: the digits are shifted as text. Rounding: half away from zero at the currency's precision.
 */
export function majorToMinor(text: string, currency: string): number | null {
  const digits = DIGITS[currency.toLowerCase()] ?? 2
  const t = text.trim().replace(/[\s\u00a0]/g, "").replace(",", ".")
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(t)
  if (!m) return null
  const frac = (m[3] ?? "").padEnd(digits + 1, "0")
  let minor = Number(m[2]) * 10 ** digits + Number(frac.slice(0, digits) || "0")
  if (Number(frac[digits]) >= 5) minor += 1
  return m[1] ? -minor : minor
}

const COUNTRY = /^[a-z]{2}$/

export function parseRateCsv(text: string): RateCsvResult {
  const records: string[][] = parse(text, { relax_column_count: true, skip_empty_lines: true, trim: true, bom: true })
  if (!records.length) return { rows: [], errors: [{ line: 1, message: "the file is empty" }], lines: 0 }
  const header = records[0].map((h) => h.toLowerCase().replace(/\s+/g, "_"))
  const col = (name: string) => header.indexOf(name)
  const need = ["carrier", "service", "dest_country", "currency", "transit_days"]
  const missing = need.filter((n) => col(n) < 0)
  if (col("price") < 0 && col("price_minor") < 0) missing.push("price")
  if (col("max_weight_g") < 0 && col("max_weight_kg") < 0) missing.push("max_weight_g")
  if (missing.length) return { rows: [], errors: [{ line: 1, message: `missing columns: ${missing.join(", ")}` }], lines: records.length - 1 }
  const rows: RateRow[] = []
  const errors: RateCsvError[] = []
  for (let i = 1; i < records.length; i++) {
    const r = records[i]
    const get = (name: string) => (col(name) >= 0 ? (r[col(name)] ?? "").trim() : "")
    const line = i + 1
    const currency = get("currency").toLowerCase()
    const dest = get("dest_country").toLowerCase()
    const origin = get("origin_country").toLowerCase()
    const problems: string[] = []
    if (!get("carrier")) problems.push("carrier is empty")
    if (!get("service")) problems.push("service is empty")
    if (!COUNTRY.test(dest)) problems.push(`dest_country "${get("dest_country")}" is not a 2-letter country code`)
    if (origin && !COUNTRY.test(origin)) problems.push(`origin_country "${get("origin_country")}" is not a 2-letter country code`)
    if (!/^[a-z]{3}$/.test(currency)) problems.push(`currency "${get("currency")}" is not a 3-letter code`)
    let weight = NaN
    if (col("max_weight_g") >= 0 && get("max_weight_g")) weight = Number(get("max_weight_g"))
    else if (col("max_weight_kg") >= 0 && get("max_weight_kg")) weight = Math.round(Number(get("max_weight_kg").replace(",", ".")) * 1000)
    if (!Number.isInteger(weight) || weight <= 0) problems.push("max weight must be a positive number")
    let price: number | null = null
    if (col("price_minor") >= 0 && get("price_minor")) price = /^\d+$/.test(get("price_minor")) ? Number(get("price_minor")) : null
    else if (currency) price = majorToMinor(get("price"), currency)
    if (price === null || price < 0) problems.push(`price "${get("price") || get("price_minor")}" is not an amount`)
    const days = Number(get("transit_days"))
    if (!Number.isInteger(days) || days < 0 || days > 60) problems.push("transit_days must be a whole number of days (0–60)")
    if (problems.length) {
      errors.push({ line, message: problems.join("; ") })
      continue
    }
    rows.push({
      carrier_code: get("carrier"),
      service: get("service"),
      origin_country: origin || null,
      dest_country: dest,
      dest_postcode_prefix: get("dest_postcode_prefix") || null,
      max_weight_g: weight,
      price: price!,
      currency_code: currency,
      transit_days: days,
    })
  }
  return { rows, errors, lines: records.length - 1 }
}
