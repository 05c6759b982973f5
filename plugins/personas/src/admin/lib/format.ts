/** Fraction digits of a currency (2 for EUR, 0 for JPY): the exponent of its minor unit. */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: currency.toUpperCase() }).resolvedOptions().maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

/** Money from minor units, in the browser's locale. */
export function formatMoney(minor: number | null | undefined, currency: string | null | undefined): string {
  if (minor == null || !Number.isFinite(minor)) return "–"
  const code = (currency ?? "eur").toUpperCase()
  return new Intl.NumberFormat(undefined, { style: "currency", currency: code }).format(minor / 10 ** currencyDigits(code))
}

export function formatMoneyCompact(minor: number, currency: string | null | undefined): string {
  const code = (currency ?? "eur").toUpperCase()
  return new Intl.NumberFormat(undefined, { style: "currency", currency: code, notation: "compact", maximumFractionDigits: 1 }).format(
    minor / 10 ** currencyDigits(code)
  )
}

export function formatNumber(v: number | null | undefined, digits = 0): string {
  if (v == null || !Number.isFinite(v)) return "–"
  return new Intl.NumberFormat(undefined, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(v)
}

export function formatPercent(v: number | null | undefined, digits = 0): string {
  if (v == null || !Number.isFinite(v)) return "–"
  return new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: digits, minimumFractionDigits: digits }).format(v)
}

export function formatDateTime(v: string | Date | null | undefined): string {
  if (!v) return "–"
  return new Date(v).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })
}

export function formatDate(v: string | Date | null | undefined): string {
  if (!v) return "–"
  return new Date(v).toLocaleDateString(undefined, { dateStyle: "medium" })
}

export function formatDays(v: number | null | undefined): string {
  if (v == null || !Number.isFinite(v)) return "–"
  return v < 1 ? "today" : `${Math.round(v)} d`
}

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
