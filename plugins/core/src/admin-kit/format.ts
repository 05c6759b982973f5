/** Formatting of every Finesse admin page: money from integer minor units, percents, counts, dates, durations. */

/** Fraction digits of a currency (2 for EUR, 0 for JPY, 3 for KWD): the exponent of its minor unit. */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: currency.toUpperCase() }).resolvedOptions().maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

/** Money from minor units in a currency, in the browser's locale; "–" when there is no amount. */
export function formatMoney(minor: number | null | undefined, currency: string | null | undefined): string {
  if (minor == null || !Number.isFinite(minor)) return "–"
  const code = (currency || "eur").toUpperCase()
  return new Intl.NumberFormat(undefined, { style: "currency", currency: code }).format(minor / 10 ** currencyDigits(code))
}

/** Money as Medusa's own APIs return it (major units). */
export function formatMajor(amount: number | null | undefined, currency: string | null | undefined): string {
  if (amount == null || !Number.isFinite(amount)) return "–"
  return new Intl.NumberFormat(undefined, { style: "currency", currency: (currency || "eur").toUpperCase() }).format(amount)
}

/** Money from minor units without cents and in short form (€12K), for chart axes. */
export function formatMoneyCompact(minor: number, currency: string | null | undefined): string {
  const code = (currency || "eur").toUpperCase()
  return new Intl.NumberFormat(undefined, { style: "currency", currency: code, notation: "compact", maximumFractionDigits: 1 }).format(
    minor / 10 ** currencyDigits(code)
  )
}

/** Amounts per currency ({ eur: 12345, usd: 500 }) as one line. */
export function formatMoneyByCurrency(byCurrency: Record<string, number> | null | undefined): string {
  const parts = Object.entries(byCurrency ?? {}).filter(([, v]) => v)
  return parts.length ? parts.map(([c, v]) => formatMoney(v, c)).join(" · ") : "–"
}

/** Minor units as a plain major-unit string for an input ("1250" EUR → "12.50"). */
export function minorToMajorInput(minor: number, currency: string): string {
  const digits = currencyDigits(currency)
  return (minor / 10 ** digits).toFixed(digits)
}

/**
 * A typed major-unit amount ("12.5", "12,50", "1 234.5") as integer minor units, or null when it is not a
 * non-negative number with at most the currency's fraction digits. Parsed from the digits, never through a float sum.
 */
export function majorInputToMinor(input: string, currency: string): number | null {
  const digits = currencyDigits(currency)
  const s = input.trim().replace(/[\s\u00a0']/g, "").replace(",", ".")
  const m = /^(\d+)(?:\.(\d*))?$/.exec(s)
  if (!m) return null
  const frac = m[2] ?? ""
  if (frac.length > digits) return null
  const minor = Number(m[1]) * 10 ** digits + Number((frac + "0".repeat(digits)).slice(0, digits) || "0")
  return Number.isSafeInteger(minor) ? minor : null
}

/** A count or measure with fixed fraction digits in the browser's locale; "–" when there is none. */
export function formatNumber(v: number | null | undefined, digits = 0): string {
  if (v == null || !Number.isFinite(v)) return "–"
  return new Intl.NumberFormat(undefined, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(v)
}

/** A short number for axes: 1.2K, 3.4M. */
export function formatCompact(v: number): string {
  return new Intl.NumberFormat(undefined, { notation: "compact", maximumFractionDigits: 1 }).format(v)
}

/** A share (0.123) as a percent: 12.3 %. */
export function formatPercent(v: number | null | undefined, digits = 1): string {
  if (v == null || !Number.isFinite(v)) return "–"
  return new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: digits, minimumFractionDigits: digits }).format(v)
}

/** A relative change as a signed percent: +12.3 %, −4.0 %. */
export function formatChange(v: number | null | undefined, digits = 1): string {
  if (v == null || !Number.isFinite(v)) return "–"
  return new Intl.NumberFormat(undefined, { style: "percent", signDisplay: "exceptZero", maximumFractionDigits: digits, minimumFractionDigits: digits }).format(v)
}

/** A date and time, medium date and short time ("Dec 4, 2026, 7:16 PM"). */
export function formatDateTime(v: string | Date | null | undefined): string {
  if (!v) return "–"
  return new Date(v).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })
}

/** A date, medium style ("Dec 4, 2026"). */
export function formatDate(v: string | Date | null | undefined): string {
  if (!v) return "–"
  return new Date(v).toLocaleDateString(undefined, { dateStyle: "medium" })
}

/** Human durations: 850 ms, 12.4 s, 3 min 05 s, 2 h 10 min. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms == null || !Number.isFinite(ms)) return "–"
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const s = Math.round(ms / 1000)
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")} min`
}

/** Days as "today" or "12 d". */
export function formatDays(v: number | null | undefined): string {
  if (v == null || !Number.isFinite(v)) return "–"
  return v < 1 ? "today" : `${Math.round(v)} d`
}

/** Weekday names by `Date#getDay()` (0 = Sunday). */
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
