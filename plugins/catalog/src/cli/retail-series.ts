import { forEachRetailLine, ReadStats, RetailLine } from "@finesse/core/lib/retail/read-retail"
import { DAY_MS, WEEK_MS, weekStartMonday } from "../lib/series/calendar"
import { DemandSeries, DemandSeriesBuilder, closedPeriods } from "../lib/series/demand-series"

/** Which Online Retail lines are demand: see the CLI's --help. */
export function countsAsDemand(line: RetailLine, requireCustomer: boolean): boolean {
  return !line.cancelled && line.quantity > 0 && line.unitPriceMinor > 0 && /^\d{5}/.test(line.stockCode) && (!requireCustomer || line.customerId !== null)
}

export type RetailWeeklyData = {
  /** Monday of period 0 */
  origin: number
  /** number of complete history weeks (period index of the first week after the history) */
  periods: number
  /** first forecast week (the first Monday on or after as-of) and its offset from the history end in weeks */
  firstForecastWeek: number
  gapWeeks: number
  codes: string[]
  series: DemandSeries[]
  closed: Uint8Array
  stats: ReadStats
  linesUsed: number
  linesAfterAsOf: number
}

/**
 * Reads an Online Retail file into weekly series per stock code, history = complete Monday weeks before as-of, and
 * keeps the codes with a demand line in the 84 days before as-of.
 */
export async function readRetailWeekly(file: string, asOf: number, options: { requireCustomer: boolean; activeDays: number }): Promise<RetailWeeklyData> {
  const lines: RetailLine[] = []
  let linesAfterAsOf = 0
  let first = Infinity
  const stats = await forEachRetailLine(file, (line) => {
    if (!countsAsDemand(line, options.requireCustomer)) return
    if (line.time >= asOf) {
      linesAfterAsOf++
      return
    }
    lines.push(line)
    if (line.time < first) first = line.time
  })
  const asOfWeek = weekStartMonday(asOf)
  // a partial as-of week would read as a demand drop: the history ends at the Monday on or before as-of
  const historyEnd = asOfWeek
  const firstForecastWeek = asOfWeek === asOf ? asOf : asOfWeek + WEEK_MS
  const origin = Number.isFinite(first) ? weekStartMonday(first) : asOfWeek
  const periods = Math.max(0, Math.round((historyEnd - origin) / WEEK_MS))
  const builder = new DemandSeriesBuilder({ origin, periods, granularity: "week" })
  const active = new Set<string>()
  let linesUsed = 0
  for (const l of lines) {
    if (l.time >= asOf - options.activeDays * DAY_MS) active.add(l.stockCode)
    if (builder.add(l.stockCode, { time: l.time, quantity: l.quantity, unitPrice: l.unitPriceMinor })) linesUsed++
  }
  const closed = closedPeriods(builder.aggregate().units)
  const codes = [...active].sort()
  const series = codes.map((c) => builder.get(c, closed) ?? { units: new Float64Array(periods), lines: new Float64Array(periods), sizes: new Float64Array(0), sizePeriods: new Int32Array(0), missing: closed })
  return { origin, periods, firstForecastWeek, gapWeeks: Math.round((firstForecastWeek - historyEnd) / WEEK_MS), codes, series, closed, stats, linesUsed, linesAfterAsOf }
}
