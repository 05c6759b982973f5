import { currencyExponent } from "@finesse/core/lib/money/minor-units"

export { currencyExponent }

/**
 * "1,250.00 EUR" for 125000 minor units: money in reasons is always shown this way. Written out by hand, not with
 * toLocaleString, which builds a formatter per call (about 40 µs, most of an order's scoring time).
 */
export function formatMoney(minor: number, currency: string): string {
  const e = currencyExponent(currency)
  const abs = Math.abs(Math.round(minor))
  const unit = 10 ** e
  const int = String(Math.floor(abs / unit)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  const frac = e ? "." + String(abs % unit).padStart(e, "0") : ""
  return `${minor < 0 ? "-" : ""}${int}${frac} ${currency.toUpperCase()}`
}

/** "1 h", "24 h", "7 d": window lengths in reasons. */
export function formatHours(hours: number): string {
  if (hours >= 48 && hours % 24 === 0) return `${hours / 24} d`
  return `${hours} h`
}

/** The label of a velocity window in `RiskLookups.velocity` ("24h"). */
export function windowLabel(hours: number): string {
  return `${hours}h`
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}
