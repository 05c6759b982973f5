import { sizeDistribution } from "../math/compound-poisson"
import { SeriesForecast } from "../forecast/forecast-series"
import { DemandSeries } from "../series/demand-series"
import { DemandInput, StockLevel, dailyDemandFromForecast } from "./plan-replenishment"

/**
 * What planReplenishment needs from a series forecast: daily mean and sd (from the mean forecast and its 80 %
 * interval), and for intermittent or lumpy demand the order-rate description (lines a day and the recent line
 * sizes), so slow movers get a compound Poisson reorder point.
 */
export function demandInputFromForecast(f: SeriesForecast, periodDays: number, series?: DemandSeries, sizeWindow = 26): DemandInput {
  const b80 = f.intervals.find((b) => Math.abs(b.level - 0.8) < 1e-9)
  const { meanPerDay, sdPerDay } = dailyDemandFromForecast(f.mean, periodDays, b80)
  const intermittent = f.demandClass === "intermittent" || f.demandClass === "lumpy"
  if (!intermittent || !series?.lines || !series.sizes || !series.sizePeriods) return { meanPerDay, sdPerDay, intermittent: false }
  const n = series.units.length
  const from = n - sizeWindow
  const recent: number[] = []
  for (let i = 0; i < series.sizes.length; i++) if (series.sizePeriods[i] >= from) recent.push(series.sizes[i])
  const sizes = sizeDistribution(recent.length ? recent : Array.from(series.sizes))
  if (!sizes || !(sizes.m1 > 0)) return { meanPerDay, sdPerDay, intermittent: false }
  // the line rate implied by the mean forecast, so both models agree on the mean
  return { meanPerDay, sdPerDay, intermittent: true, sizes, linesPerDay: meanPerDay / sizes.m1 }
}

/** Medusa's inventory level fields (stocked_quantity, reserved_quantity, incoming_quantity) as a StockLevel. */
export function stockLevelFromInventory(level: { stocked_quantity: number; reserved_quantity: number; incoming_quantity: number }, incomingInDays?: number): StockLevel {
  return { stocked: level.stocked_quantity, reserved: level.reserved_quantity, incoming: level.incoming_quantity, incomingInDays }
}
