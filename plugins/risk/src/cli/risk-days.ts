import { forEachRetailLine } from "@finesse/core/lib/retail/read-retail"
import { detectSeriesAnomalies } from "../lib/anomaly/detect-anomalies"
import { isoDay } from "../lib/anomaly/epoch-day"
import { groupIncidents } from "../lib/anomaly/group-incidents"
import { KPI_METRICS } from "../lib/anomaly/kpi-metrics"
import { DailyGmv } from "../lib/retail/daily-gmv"
import { reportMalformed } from "./risk-output"

export type DaysOptions = { orders: string; threshold: number; window: number; direction: "both" | "down" | "up" }

export const DAYS_HELP = `
Input: Online Retail lines. Daily GMV = sum of quantity x unit price over the lines that are sales of goods: not a
  cancellation, quantity > 0, unit price > 0, stock code starting with five digits (postage, fees and adjustments are
  not merchandise); guests included. Days are the UTC dates of InvoiceDate; every calendar day from the first to the
  last line is scored, a day without sales counts as GMV 0 (a closed day is an anomaly if the shop is usually open).

Baseline (the same detector as the KPI alerts of the admin): for each day, a robust regression on ln(1 + GMV) of the
  --window days before it with a level, a local linear trend and day-of-week effects (start: a Theil-Sen slope over pairs of
  the same weekday and weekday medians; then Tukey-bisquare reweighting, so earlier outliers get no weight). Needs 28 days of history
  and 2 earlier days of the same weekday; earlier days are not scored.

Output to stdout, one row per anomalous day (|score| >= --threshold, in --direction), oldest first:
  date      YYYY-MM-DD
  observed  that day's GMV in major units of the file's currency, 2 decimals
  expected  the baseline (the back-transformed fit: a typical, median-like GMV for that weekday and trend)
  score     robust z: (ln(1 + observed) - fit) / scale, where scale = 1.4826 x MAD of the window's residuals
            (outliers left out), widened for the fit's own uncertainty (degrees of freedom, leverage of the
            extrapolated level), at least 0.05; the sign is the direction (negative: GMV below the baseline)
A summary (days scored, anomalies, incidents after grouping consecutive days) goes to stderr.
`

export async function runDays(opts: DaysOptions): Promise<number> {
  const t0 = performance.now()
  const gmv = new DailyGmv()
  let stats
  try {
    stats = await forEachRetailLine(opts.orders, (l) => gmv.add(l))
  } catch (e) {
    process.stderr.write(`[risk] could not read ${opts.orders}: ${(e as Error).message}\n`)
    return 1
  }
  reportMalformed(stats)
  const t1 = performance.now()
  const series = gmv.series()
  if (series.values.length === 0) {
    process.stderr.write("[risk] no sale line in the file\n")
    return 1
  }
  const t = opts.threshold
  const result = detectSeriesAnomalies(
    series,
    { ...KPI_METRICS.gmv, alertOn: opts.direction },
    { windowDays: opts.window, bands: { warning: t, major: Math.max(t, 6), critical: Math.max(t, 10) } },
  )
  const incidents = groupIncidents([result], { labels: { gmv: "GMV" } })
  const t2 = performance.now()
  const out = ["date,observed,expected,score"]
  for (const a of result.anomalies) out.push([a.date, (a.observed / 100).toFixed(2), (a.expected / 100).toFixed(2), a.score.toFixed(2)].join(","))
  process.stdout.write(out.join("\n") + "\n")
  let scored = 0
  for (const s of result.scores) if (Number.isFinite(s)) scored++
  const n = series.values.length
  process.stderr.write(
    [
      `${stats.lines} lines read (${stats.malformed} malformed), ${gmv.counted} sale lines; ${n} days from ${isoDay(series.startDay)} to ${isoDay(series.startDay + n - 1)}, ${scored} scored`,
      `${result.anomalies.length} anomalous days (|score| >= ${t}, ${opts.direction}) in ${incidents.length} incidents`,
      `time: read ${((t1 - t0) / 1000).toFixed(2)} s, detect ${((t2 - t1) / 1000).toFixed(3)} s`,
      "",
    ].join("\n"),
  )
  return 0
}
