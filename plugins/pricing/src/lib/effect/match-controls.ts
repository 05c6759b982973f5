import { mean, trendSlope } from "../math/stats"

/** A product's weekly figures on a common calendar (index 0 = the first week of the study). Money in minor units. */
export type WeeklyMetrics = {
  productId: string
  categoryId: string | null
  units: Float64Array
  revenue: Float64Array
  /** gross margin: revenue − cost of goods */
  margin: Float64Array
  /** 1 in a week when the product's price changed */
  priceChanged: Uint8Array
}

export type ControlMatch = { productId: string; distance: number }

/** ln(1 + units): weekly units are skewed and can be 0; matching on the log compares shapes, not sizes. */
function logUnits(s: WeeklyMetrics, from: number, to: number): Float64Array {
  const out = new Float64Array(to - from)
  for (let i = from; i < to; i++) out[i - from] = Math.log1p(Math.max(0, s.units[i]))
  return out
}

/**
 * Control products for one changed product: same category, no price change anywhere in [from, to) (the pre and
 * post windows), full data over it, not changed in the batch themselves; the `count` nearest by pre-period level
 * (mean ln(1 + units)) and trend (slope of ln(1 + units) per week), each feature scaled by its standard deviation
 * across the candidates so neither dominates. Ties go to the lower product id.
 */
export function matchControls(
  treated: WeeklyMetrics,
  candidates: readonly WeeklyMetrics[],
  window: { preFrom: number; changeWeek: number; to: number },
  count: number,
  excluded: ReadonlySet<string>
): ControlMatch[] {
  const { preFrom, changeWeek, to } = window
  const eligible = candidates.filter((c) => {
    if (c.productId === treated.productId || excluded.has(c.productId)) return false
    if (!treated.categoryId || c.categoryId !== treated.categoryId) return false
    if (c.units.length < to) return false
    for (let w = preFrom; w < to; w++) if (c.priceChanged[w]) return false
    return true
  })
  if (!eligible.length) return []
  const feat = (s: WeeklyMetrics): [number, number] => {
    const l = logUnits(s, preFrom, changeWeek)
    return [mean(l), trendSlope(l)]
  }
  const t = feat(treated)
  const f = eligible.map(feat)
  const sd = [0, 1].map((j) => {
    const m = mean(f.map((x) => x[j]))
    const v = f.reduce((a, x) => a + (x[j] - m) ** 2, 0) / Math.max(1, f.length - 1)
    return Math.sqrt(v) || 1
  })
  return eligible
    .map((c, i) => ({ productId: c.productId, distance: Math.hypot((f[i][0] - t[0]) / sd[0], (f[i][1] - t[1]) / sd[1]) }))
    .sort((a, b) => a.distance - b.distance || (a.productId < b.productId ? -1 : 1))
    .slice(0, count)
}
