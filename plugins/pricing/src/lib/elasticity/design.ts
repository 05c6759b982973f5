import { weekStartMs, type WeeklySeries } from "./weekly-observations"

const YEAR_MS = 365.2425 * 86_400_000

/**
 * Seasonality as Fourier terms of the time of year: sin and cos of 2πh·t for h = 1..H, t the week's midpoint in
 * years. H = 1 is a smooth annual cycle in two parameters, where 51 week dummies or 11 month dummies would eat
 * a product's whole year of data.
 */
export function fourierColumns(weeks: Int32Array, harmonics: number): { name: string; values: Float64Array }[] {
  const out: { name: string; values: Float64Array }[] = []
  for (let h = 1; h <= harmonics; h++) {
    const s = new Float64Array(weeks.length)
    const c = new Float64Array(weeks.length)
    for (let i = 0; i < weeks.length; i++) {
      const t = (weekStartMs(weeks[i]) + 3.5 * 86_400_000) / YEAR_MS
      s[i] = Math.sin(2 * Math.PI * h * t)
      c[i] = Math.cos(2 * Math.PI * h * t)
    }
    out.push({ name: `season_sin${h}`, values: s }, { name: `season_cos${h}`, values: c })
  }
  return out
}

export function variance(v: ArrayLike<number>): number {
  const n = v.length
  if (n < 2) return 0
  let m = 0
  for (let i = 0; i < n; i++) m += v[i]
  m /= n
  let s = 0
  for (let i = 0; i < n; i++) s += (v[i] - m) ** 2
  return s / (n - 1)
}

/** Row-major n × k from columns. */
export function toRowMajor(columns: ArrayLike<number>[], n: number): Float64Array {
  const k = columns.length
  const X = new Float64Array(n * k)
  for (let j = 0; j < k; j++) {
    const c = columns[j]
    for (let i = 0; i < n; i++) X[i * k + j] = c[i]
  }
  return X
}

export function logs(v: ArrayLike<number>): Float64Array {
  const out = new Float64Array(v.length)
  for (let i = 0; i < v.length; i++) out[i] = Math.log(v[i])
  return out
}

/** Distinct shelf prices, compared to the minor unit (a weighted mean of 499 and 500 is its own level). */
export function priceLevels(s: Pick<WeeklySeries, "price">): number {
  const set = new Set<number>()
  for (let i = 0; i < s.price.length; i++) set.add(Math.round(s.price[i]))
  return set.size
}
