import { Rng, createRng, poissonDraw } from "../math/prng"
import { DemandSeries } from "./demand-series"

/**
 * Seeded synthetic demand for benchmarks and the demo store: each series has a line rate (log-normal across
 * series, so most are sparse and a few are busy), an optional trend, a yearly season (a sine of random phase
 * and amplitude), and line sizes from a per-series pack size times a geometric multiple, i.e. the mix of
 * smooth, intermittent and lumpy series a real catalogue has.
 */
export type SyntheticOptions = { periods: number; seasonLength?: number; seed?: number }

export function syntheticDemandSeries(rng: Rng, options: SyntheticOptions): DemandSeries {
  const n = options.periods
  const m = options.seasonLength ?? 52
  const units = new Float64Array(n)
  const lines = new Float64Array(n)
  const sizes: number[] = []
  const sizePeriods: number[] = []
  const u = Math.max(1e-12, rng.next())
  const v = rng.next()
  // log-normal base rate: median 0.6 lines a period, σ = 1.3
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  const base = 0.6 * Math.exp(1.3 * z)
  const trend = (rng.next() - 0.5) * 0.02
  const amplitude = rng.next() < 0.4 ? 0.6 * rng.next() : 0
  const phase = rng.next() * 2 * Math.PI
  const pack = [1, 1, 1, 2, 3, 6, 12][rng.int(7)]
  const start = rng.next() < 0.15 ? rng.int(Math.max(1, n - 8)) : 0
  for (let t = start; t < n; t++) {
    const rate = base * Math.max(0.05, 1 + trend * (t - n / 2)) * (1 + amplitude * Math.sin((2 * Math.PI * t) / m + phase))
    const k = poissonDraw(rng, rate)
    lines[t] = k
    for (let j = 0; j < k; j++) {
      let mult = 1
      while (rng.next() < 0.35 && mult < 50) mult++
      const q = pack * mult
      units[t] += q
      sizes.push(q)
      sizePeriods.push(t)
    }
  }
  return { units, lines, sizes: Float64Array.from(sizes), sizePeriods: Int32Array.from(sizePeriods) }
}

/** `count` synthetic series from one seed (series i is the same whatever the count). */
export function syntheticDemandSet(count: number, options: SyntheticOptions): DemandSeries[] {
  const out: DemandSeries[] = []
  for (let i = 0; i < count; i++) out.push(syntheticDemandSeries(createRng((options.seed ?? 1) * 1_000_003 + i), options))
  return out
}
