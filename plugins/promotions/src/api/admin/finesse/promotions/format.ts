import { currencyExponent } from "../../../../engine/helpers"

/** Minor units as "1,234.50 EUR" for messages (audit summaries, 403s). */
export function formatMinor(minor: number, currency: string): string {
  const e = currencyExponent(currency)
  return `${(minor / 10 ** e).toLocaleString("en", { minimumFractionDigits: e, maximumFractionDigits: e })} ${currency.toUpperCase()}`
}
