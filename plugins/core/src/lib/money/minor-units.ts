const exponents = new Map<string, number>()

/** Decimal places of a currency's minor unit (EUR 2, JPY 0, KWD 3), from the platform's ICU data. */
export function currencyExponent(currency: string): number {
  const code = currency.toUpperCase()
  let e = exponents.get(code)
  if (e === undefined) {
    try {
      e = new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2
    } catch {
      e = 2
    }
    exponents.set(code, e)
  }
  return e
}

/**
 * Medusa stores amounts as decimals in major units (20.5 = €20.50). Finesse counts in integer minor units; this is
 * the one place the conversion rounds (half away from zero, on the decimal string, so 0.285 → 29 not 28).
 */
export function toMinor(major: number | string | null | undefined, currency: string): number {
  if (major === null || major === undefined || major === "") return 0
  const exp = currencyExponent(currency)
  const s = typeof major === "number" ? major.toFixed(Math.min(20, exp + 6)) : String(major).trim()
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(s)
  if (!m) {
    const n = Number(major)
    return Number.isFinite(n) ? Math.round(n * 10 ** exp) : 0
  }
  const [, sign, int, frac = ""] = m
  const digits = (frac + "0".repeat(exp + 1)).slice(0, exp + 1)
  const scaled = Number(int || "0") * 10 ** exp + Number(digits.slice(0, exp) || "0")
  const rounded = scaled + (Number(digits[exp] ?? "0") >= 5 ? 1 : 0)
  return sign ? -rounded : rounded
}

/** Minor units back to a major-unit number (for Medusa writes and display). */
export function fromMinor(minor: number, currency: string): number {
  return minor / 10 ** currencyExponent(currency)
}
