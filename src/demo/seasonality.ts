import type { DemandLift, PromotionWindow } from "./plan-promotions"
import { REGION_UTC_OFFSET_HOURS } from "./plan-geography"
import { Rng, WeightedIndex } from "./prng"
import { DAY, HOUR } from "./time"

/** Demand by weekday, Sunday first: Sunday evening is the week's peak, Friday the low. */
export const WEEKDAY_FACTOR = [1.25, 1.05, 0.95, 0.95, 1.0, 0.85, 0.95]

/** Demand by month, January first: the November/December peak (the sales add their own lifts on top). */
export const MONTH_FACTOR = [0.85, 0.75, 0.85, 0.9, 0.95, 0.95, 1.0, 0.9, 0.95, 1.05, 1.65, 1.8]

/** Local-time demand by hour: lunch bump, evening peak around 20–21 h. */
export const HOUR_WEIGHTS = [
  0.25, 0.12, 0.06, 0.04, 0.04, 0.08, 0.25, 0.5, 0.8, 0.95, 1.05, 1.15, 1.4, 1.3, 1.05, 1.05, 1.15, 1.35, 1.6, 1.9, 2.2, 2.2,
  1.7, 0.9,
]

/** Bargain hunters' demand is this many times higher while a sale code runs. */
export const BARGAIN_SALE_FACTOR = 8

/** Christmas within December: busy until the 20th, quiet around the 24th–26th. */
function decemberShape(dayOfMonth: number): number {
  if (dayOfMonth <= 20) return 1.15
  if (dayOfMonth <= 23) return 0.8
  if (dayOfMonth <= 26) return 0.35
  return 0.9
}

export type DemandMode = "base" | "bargain"

/**
 * Daily demand over the history window per region, for drawing order and session times: weekday × month ×
 * Christmas shape × the lift of any sale running (every year's occurrence), × BARGAIN_SALE_FACTOR for bargain
 * hunters while a planned sale code is valid; and an hour-of-day profile in the region's local time.
 */
export class DemandCalendar {
  private readonly days: Record<string, Record<DemandMode, WeightedIndex>> = {}
  private readonly hours: Record<string, WeightedIndex> = {}

  constructor(
    readonly start: number,
    readonly end: number,
    windows: PromotionWindow[],
    lifts: DemandLift[],
    regionKeys: string[]
  ) {
    const n = Math.ceil((end - start) / DAY)
    for (const region of regionKeys) {
      const base = new Float64Array(n)
      const bargain = new Float64Array(n)
      for (let i = 0; i < n; i++) {
        const t = start + i * DAY
        const d = new Date(t)
        let w = WEEKDAY_FACTOR[d.getUTCDay()] * MONTH_FACTOR[d.getUTCMonth()]
        if (d.getUTCMonth() === 11) w *= decemberShape(d.getUTCDate())
        for (const l of lifts) if (t >= l.from && t < l.to && l.regionKeys.includes(region)) w *= l.lift
        const inSale = windows.some(
          (win) => !win.firstOrderOnly && t >= win.from && t < win.to && win.regionKeys.includes(region)
        )
        base[i] = w
        bargain[i] = inSale ? w * BARGAIN_SALE_FACTOR : w
      }
      this.days[region] = { base: new WeightedIndex(base), bargain: new WeightedIndex(bargain) }
      const offset = REGION_UTC_OFFSET_HOURS[region] ?? 0
      this.hours[region] = new WeightedIndex(HOUR_WEIGHTS.map((_, h) => HOUR_WEIGHTS[(((h + offset) % 24) + 24) % 24]))
    }
  }

  private at(rng: Rng, region: string, mode: DemandMode, from: number, to: number, u: number): number {
    const days = this.days[region][mode]
    const lo = Math.max(0, Math.floor((from - this.start) / DAY))
    const hi = Math.min(days.size, Math.ceil((to - this.start) / DAY))
    for (let attempt = 0; attempt < 8; attempt++) {
      const day = days.positionBetween(attempt === 0 ? u : rng.next(), lo, hi)
      if (day < 0) break
      const t = this.start + day * DAY + this.hours[region].sample(rng) * HOUR + Math.floor(rng.next() * 3600) * 1000
      if (t >= from && t < to) return t
    }
    // a window shorter than a day, or only its edges drawn: fall back to a uniform time inside it
    const first = Math.ceil(from / 1000)
    const seconds = Math.max(1, Math.floor((to - 1) / 1000) - first + 1)
    return (first + Math.floor(rng.next() * seconds)) * 1000
  }

  /** One time in [from, to) following the region's demand, on a whole second. */
  sample(rng: Rng, region: string, mode: DemandMode, from: number, to: number): number {
    return this.at(rng, region, mode, from, to, rng.next())
  }

  /**
   * `n` times in [from, to), one per equal slice of demand: regular buyers who still buy more often in the
   * busy months. Sorted.
   */
  stratified(rng: Rng, region: string, mode: DemandMode, from: number, to: number, n: number): number[] {
    const out: number[] = []
    for (let i = 0; i < n; i++) out.push(this.at(rng, region, mode, from, to, (i + rng.range(0.15, 0.85)) / n))
    return out.sort((a, b) => a - b)
  }
}
