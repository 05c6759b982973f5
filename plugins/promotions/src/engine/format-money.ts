import { currencyExponent } from "./helpers"

/** Minor units as "−1,234.50 EUR" for stored sentences (report reasons, messages). */
export function formatMinor(minor: number | null | undefined, currency: string): string {
  if (minor === null || minor === undefined || !Number.isFinite(minor)) return "–"
  const e = currencyExponent(currency)
  const sign = minor < 0 ? "−" : ""
  return `${sign}${(Math.abs(minor) / 10 ** e).toLocaleString("en", { minimumFractionDigits: e, maximumFractionDigits: e })} ${currency.toUpperCase()}`
}
