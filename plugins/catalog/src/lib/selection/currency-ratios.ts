/**
 * Sales value of lines in other currencies, in the store's currency. A variant's list prices per currency are set
 * together, so the ratio of its mean net prices (base ÷ other) is the best exchange rate the sales data holds; the
 * median of those ratios over the variants sold in both currencies converts the rest (robust to one variant on a
 * clearance price). A currency no variant shares with the base gets no ratio (the caller treats it as 1 and says so).
 */
export type CurrencySales = { variant_id: string; currency_code: string; units: number; revenue: number }

export function currencyRatios(rows: readonly CurrencySales[], base: string): Map<string, number> {
  const price = new Map<string, Map<string, number>>()
  for (const r of rows) {
    if (!(r.units > 0) || !(r.revenue > 0)) continue
    let byCur = price.get(r.variant_id)
    if (!byCur) price.set(r.variant_id, (byCur = new Map()))
    byCur.set(r.currency_code, r.revenue / r.units)
  }
  const ratios = new Map<string, number[]>()
  for (const byCur of price.values()) {
    const b = byCur.get(base)
    if (!b) continue
    for (const [c, p] of byCur) if (c !== base) ratios.set(c, [...(ratios.get(c) ?? []), b / p])
  }
  const out = new Map<string, number>()
  for (const [c, list] of ratios) {
    list.sort((a, b) => a - b)
    const n = list.length
    out.set(c, n % 2 ? list[(n - 1) / 2] : (list[n / 2 - 1] + list[n / 2]) / 2)
  }
  return out
}
