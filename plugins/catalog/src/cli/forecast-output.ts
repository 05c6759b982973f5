import { createWriteStream } from "node:fs"
import { once } from "node:events"
import { SeriesForecast } from "../lib/forecast/forecast-series"
import { WEEK_MS, isoDay } from "../lib/series/calendar"
import { RetailWeeklyData } from "./retail-series"

/** A CSV field: quoted when it holds a comma, a quote or a line break. */
function field(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}

const num = (v: number) => (Number.isFinite(v) ? String(Math.round(v * 1000) / 1000) : "")

export async function writeForecastCsv(file: string, data: RetailWeeklyData, forecasts: SeriesForecast[], o: { gapWeeks: number; horizon: number; detail: boolean }): Promise<void> {
  const out = createWriteStream(file)
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, "drain")
  }
  await write(o.detail ? "stock_code,week_start,forecast,method,mean,lower_80,upper_80,lower_95,upper_95,interval_source\n" : "stock_code,week_start,forecast\n")
  for (let i = 0; i < data.codes.length; i++) {
    const f = forecasts[i]
    const band = (level: number) => f.intervals.find((b) => Math.abs(b.level - level) < 1e-9)
    const b80 = band(0.8)
    const b95 = band(0.95)
    for (let h = 0; h < o.horizon; h++) {
      const k = o.gapWeeks + h
      const week = isoDay(data.firstForecastWeek + h * WEEK_MS)
      let row = `${field(data.codes[i])},${week},${num(f.point[k])}`
      if (o.detail) row += `,${f.method},${num(f.mean[k])},${num(b80 ? b80.lower[k] : NaN)},${num(b80 ? b80.upper[k] : NaN)},${num(b95 ? b95.lower[k] : NaN)},${num(b95 ? b95.upper[k] : NaN)},${f.intervalSource}`
      await write(row + "\n")
    }
  }
  out.end()
  await once(out, "finish")
}
