import { DemandSeries } from "./demand-series"

/**
 * The compact text form of one series' periods, as the database hands it over (one string per variant × location,
 * built by `string_agg` in SQL, so 100,000 series are 100,000 strings instead of millions of rows):
 * `t:units:lines:revenue:promoUnits:sizes;t:…` with t the period index from the window's origin, revenue the net
 * revenue in minor units, promoUnits the units sold with a discount, sizes the comma-separated quantity of each
 * line. Periods without sales are left out; empty fields read as 0.
 */
export type PeriodRow = { t: number; units: number; lines: number; revenue?: number; promoUnits?: number; sizes?: readonly number[] }

export function encodePeriodRows(rows: readonly PeriodRow[]): string {
  return rows.map((r) => `${r.t}:${r.units}:${r.lines}:${r.revenue ?? 0}:${r.promoUnits ?? 0}:${(r.sizes ?? []).join(",")}`).join(";")
}

/**
 * A DemandSeries of `periods` periods from its text form. Periods outside [0, periods) are ignored; line sizes are
 * kept for the last `sizeWindow` periods only (all when not given). `missing` is shared with every series.
 */
export function seriesFromText(text: string, periods: number, options: { missing?: Uint8Array; sizeWindow?: number } = {}): DemandSeries {
  const units = new Float64Array(periods)
  const lines = new Float64Array(periods)
  const price = new Float64Array(periods).fill(NaN)
  const promo = new Float64Array(periods)
  const sizes: number[] = []
  const sizePeriods: number[] = []
  const sizeFrom = options.sizeWindow === undefined ? 0 : periods - options.sizeWindow
  if (text) {
    for (const rec of text.split(";")) {
      if (!rec) continue
      const f = rec.split(":")
      const t = Number(f[0])
      if (!Number.isInteger(t) || t < 0 || t >= periods) continue
      const u = Number(f[1]) || 0
      if (!(u > 0)) continue
      units[t] += u
      lines[t] += Number(f[2]) || 0
      const revenue = Number(f[3]) || 0
      // a period read twice (never from the SQL, but from a hand-made text) keeps a consistent mean price
      price[t] = revenue > 0 ? revenue / u : price[t]
      promo[t] = Math.min(1, (Number(f[4]) || 0) / u)
      if (t >= sizeFrom && f[5]) {
        for (const s of f[5].split(",")) {
          const q = Number(s)
          if (q > 0) {
            sizes.push(q)
            sizePeriods.push(t)
          }
        }
      }
    }
  }
  return { units, lines, price, promo, sizes: Float64Array.from(sizes), sizePeriods: Int32Array.from(sizePeriods), missing: options.missing }
}
