import type { DailySeries } from "../anomaly/detect-anomalies"
import { dayOfInstant } from "../anomaly/epoch-day"

export type RetailGmvLine = { time: number; stockCode: string; quantity: number; unitPriceMinor: number; cancelled: boolean }

/**
 * A line counts towards GMV when it is a sale of goods: not a cancellation, quantity > 0, unit price > 0 and a
 * stock code starting with five digits (postage, fees and adjustments are not merchandise). Guests count.
 */
export function isGmvLine(l: RetailGmvLine): boolean {
  return !l.cancelled && l.quantity > 0 && l.unitPriceMinor > 0 && /^\d{5}/.test(l.stockCode)
}

/** Accumulates daily GMV (minor units) line by line, so a CLI can stream a file without keeping its lines. */
export class DailyGmv {
  private readonly totals = new Map<number, number>()
  counted = 0

  add(l: RetailGmvLine): void {
    if (!isGmvLine(l)) return
    const day = dayOfInstant(l.time)
    this.totals.set(day, (this.totals.get(day) ?? 0) + l.quantity * l.unitPriceMinor)
    this.counted++
  }

  /** Every calendar day from the first to the last line; a day without sales is 0 (a closed day is data). */
  series(metric = "gmv"): DailySeries {
    if (!this.totals.size) return { metric, startDay: 0, values: new Float64Array(0) }
    let first = Infinity
    let last = -Infinity
    for (const d of this.totals.keys()) {
      first = Math.min(first, d)
      last = Math.max(last, d)
    }
    const values = new Float64Array(last - first + 1)
    for (const [d, v] of this.totals) values[d - first] = v
    return { metric, startDay: first, values }
  }
}
