import { Interval, benjaminiHochberg, twoProportionZTest, wilsonInterval } from "../math/proportions"

/** Events (complaints, returned units) over exposure (units sold, orders) for one product or category. */
export type RateRow = { key: string; events: number; exposure: number }

export type RankedRate = RateRow & {
  rate: number
  interval: Interval
  /** exposure >= minExposure; rows below are listed last and never ranked above a row with volume. */
  enoughVolume: boolean
}

/**
 * Products or categories by complaint (or return) rate, ranked by the lower end of the Wilson interval so a
 * product with 2 complaints in 3 sales does not top one with 80 in 1,000 — the lower bound rewards evidence. Rows
 * under the minimum volume follow, ranked the same way.
 */
export function rankRates(rows: readonly RateRow[], options: { minExposure?: number; confidence?: number } = {}): RankedRate[] {
  const minExposure = options.minExposure ?? 30
  return rows
    .map((r) => {
      const events = Math.min(r.events, r.exposure)
      return { ...r, rate: r.exposure > 0 ? r.events / r.exposure : 0, interval: wilsonInterval(events, r.exposure, options.confidence), enoughVolume: r.exposure >= minExposure }
    })
    .sort((a, b) => Number(b.enoughVolume) - Number(a.enoughVolume) || b.interval.low - a.interval.low || b.rate - a.rate || a.key.localeCompare(b.key))
}

export type RateChange = {
  key: string
  before: { events: number; exposure: number; rate: number }
  after: { events: number; exposure: number; rate: number }
  /** What "before" is: the key's own previous period, or the previous period of all keys when the key had too little volume then (a new product). */
  comparedTo: "own_history" | "baseline"
  /** after.rate − before.rate. */
  change: number
  /** after.rate / before.rate (Infinity from 0). */
  ratio: number
  z: number
  pValue: number
  /** Benjamini-Hochberg adjusted p-value over all compared keys. */
  qValue: number
  significant: boolean
  direction: "up" | "down" | "flat"
  /** Too little volume in the current period to test. */
  insufficient: boolean
}

/**
 * Period-over-period change of a rate per key with a pooled two-proportion z-test, q-values by
 * Benjamini-Hochberg across keys, significant at q < alpha. A key with too little volume before is compared with
 * the previous period's overall rate, so a new, defective product still stands out. Ordered: significant changes
 * first (largest z first, so rises lead), then the other testable keys by z, then those with too little volume.
 */
export function compareRates(
  previous: readonly RateRow[],
  current: readonly RateRow[],
  options: { minExposure?: number; alpha?: number } = {}
): RateChange[] {
  const minExposure = options.minExposure ?? 30
  const alpha = options.alpha ?? 0.05
  const prev = new Map(previous.map((r) => [r.key, r]))
  const baseEvents = previous.reduce((s, r) => s + r.events, 0)
  const baseExposure = previous.reduce((s, r) => s + r.exposure, 0)
  const rows = current.map((cur) => {
    const own = prev.get(cur.key)
    const useOwn = own !== undefined && own.exposure >= minExposure
    const before = useOwn ? own : { key: cur.key, events: baseEvents, exposure: baseExposure }
    const test = twoProportionZTest(Math.min(before.events, before.exposure), before.exposure, Math.min(cur.events, cur.exposure), cur.exposure)
    const rb = before.exposure ? before.events / before.exposure : 0
    const ra = cur.exposure ? cur.events / cur.exposure : 0
    return {
      key: cur.key,
      before: { events: before.events, exposure: before.exposure, rate: rb },
      after: { events: cur.events, exposure: cur.exposure, rate: ra },
      comparedTo: useOwn ? ("own_history" as const) : ("baseline" as const),
      change: ra - rb,
      ratio: rb > 0 ? ra / rb : ra > 0 ? Infinity : 1,
      z: test.z,
      pValue: test.pValue,
      insufficient: cur.exposure < minExposure || before.exposure === 0,
    }
  })
  const testable = rows.filter((r) => !r.insufficient)
  const q = benjaminiHochberg(testable.map((r) => r.pValue))
  const qOf = new Map(testable.map((r, i) => [r.key, q[i]]))
  return rows
    .map((r): RateChange => {
      const qValue = qOf.get(r.key) ?? 1
      const significant = !r.insufficient && qValue < alpha
      return { ...r, qValue, significant, direction: !significant ? "flat" : r.change > 0 ? "up" : "down" }
    })
    .sort((a, b) => Number(b.significant) - Number(a.significant) || Number(a.insufficient) - Number(b.insufficient) || b.z - a.z || a.key.localeCompare(b.key))
}
