import type { MedusaContainer } from "@medusajs/framework/types"
import { Calibration, calibrateForecast } from "../lib/forecast/calibrate"
import { defaultForecastConfig, orderRateGrid } from "../lib/forecast/default-config"
import { ForecastChunkInput, ForecastResult } from "../lib/forecast/forecast-chunk"
import { seasonalProfile } from "../lib/forecast/pooled-season"
import { createRng, sampleIndices } from "../lib/math/prng"
import { Granularity, periodLengthMs, periodStart, seasonLengthOf } from "../lib/series/calendar"
import { seriesFromText } from "../lib/series/demand-codec"
import { closedPeriods } from "../lib/series/demand-series"
import { FINESSE_CATALOG_MODULE } from "../modules/finesse-catalog"
import type FinesseCatalogModuleService from "../modules/finesse-catalog/service"
import type { SeriesText } from "../modules/finesse-catalog/store/demand"
import { forecastChunks } from "../workers/forecast-pool"
import { refreshDemand } from "./demand-refresh"

/**
 * The forecast job's engine (also run in process by the demo seed): refresh the demand table from the facts that
 * changed, read every variant × location series of the granularity in one pass (one string per series), calibrate
 * on a seeded sample (or reuse a recent calibration), forecast every series on worker threads while the main
 * thread writes finished chunks, and switch the run to current. Safe to run twice: a retry of the same job drops
 * its own half-written run first, and readers only ever see a published run.
 */
export type ForecastRunOptions = {
  granularity: Granularity
  /** periods to forecast (default: the policy's weeks, 14 days) */
  horizon?: number
  /** "now" in epoch ms: the forecast starts with the period containing it; history is every complete period before */
  now: number
  jobId?: string | null
  /** periods of history kept and read (default 156 weeks / 182 days) */
  historyPeriods?: number
  recalibrate?: boolean
  /** a stored calibration older than this is redone (default 7) */
  calibrationMaxAgeDays?: number
  rebuildDemand?: boolean
  workers?: number
  chunkSize?: number
  progress?: (pct: number, message: string) => Promise<void>
  signal?: AbortSignal
}

export type ForecastRunSummary = {
  run_id: string
  granularity: Granularity
  as_of: string
  series: number
  periods: number
  methods: Record<string, number>
  classes: Record<string, number>
  calibrated: boolean
  workers: number
  demand: { full: boolean; pairs: number; written: number; deleted: number }
  seconds: Record<string, number>
}

const DEFAULT_HISTORY = { week: 156, day: 182 }
const CALIBRATION_SAMPLE = 5000
const TUNE_SAMPLE = 1000

export async function runForecast(container: MedusaContainer, o: ForecastRunOptions): Promise<ForecastRunSummary> {
  const svc = container.resolve<FinesseCatalogModuleService>(FINESSE_CATALOG_MODULE)
  const progress = o.progress ?? (async () => undefined)
  const g = o.granularity
  const len = periodLengthMs(g)
  const policy = await svc.policy()
  const horizon = o.horizon ?? (g === "week" ? policy.forecast_horizon_weeks : 14)
  const asOf = periodStart(o.now, g)
  const from = asOf - (o.historyPeriods ?? DEFAULT_HISTORY[g]) * len
  const t: Record<string, number> = {}
  let t0 = Date.now()
  let c0 = process.cpuUsage()
  // wall and CPU seconds per phase; CPU counts this process's threads (the workers too), not Postgres
  const lap = (name: string) => {
    const n = Date.now()
    const c = process.cpuUsage(c0)
    t[name] = Math.round(n - t0) / 1000
    t[`${name}_cpu`] = Math.round((c.user + c.system) / 1000) / 1000
    t0 = n
    c0 = process.cpuUsage()
  }

  await progress(1, `refreshing ${g === "week" ? "weekly" : "daily"} demand from the order facts`)
  const demand = await refreshDemand(container, g, { from: new Date(from), until: new Date(asOf), rebuild: o.rebuildDemand })
  lap("demand_refresh")

  const runId = await svc.startRun({ job_id: o.jobId ?? null, granularity: g, horizon, as_of: new Date(asOf) })
  try {
    const first = await svc.firstDemandPeriod(g)
    const origin = first ? Math.max(from, first.getTime()) : asOf
    const periods = Math.max(0, Math.round((asOf - origin) / len))
    await progress(5, `reading series (${periods} ${g === "week" ? "weeks" : "days"} of history)`)
    const texts: SeriesText[] = []
    if (periods > 0) {
      let after: { variant_id: string; location_id: string } | null = null
      for (;;) {
        const page = await svc.pageSeriesTexts(g, new Date(origin), new Date(asOf), after, 10_000)
        for (const row of page) texts.push(row)
        if (page.length < 10_000) break
        after = page[page.length - 1]
        if (o.signal?.aborted) throw new Error("forecast cancelled")
      }
    }
    lap("read")
    const aggregate = periods > 0 ? await svc.aggregateUnits(g, new Date(origin), new Date(asOf), periods) : new Float64Array(0)
    const missing = closedPeriods(aggregate)
    const m = seasonLengthOf(g)
    // a pooled season needs two of them; profile and series are both indexed from `origin`
    const profile = periods >= 2 * m ? seasonalProfile(aggregate, m, { missing, shrink: 2 }) : null
    const seasonalIndex = profile
    const config = defaultForecastConfig(g, horizon)
    const sizeWindow = g === "week" ? 60 : undefined

    const current = await svc.currentRun(g, true)
    const maxAge = (o.calibrationMaxAgeDays ?? 7) * 86_400_000
    let calibration: Calibration | null =
      !o.recalibrate && current?.calibration && current.horizon === horizon && current.calibrated_at && o.now - new Date(current.calibrated_at).getTime() < maxAge ? (current.calibration as Calibration) : null
    const calibratedAt = calibration ? new Date(current!.calibrated_at!) : new Date(o.now)
    const calibrated = !calibration
    if (!calibration && texts.length) {
      await progress(10, `calibrating on ${Math.min(CALIBRATION_SAMPLE, texts.length)} series`)
      const idx = sampleIndices(texts.length, CALIBRATION_SAMPLE, createRng(periods * 7919 + texts.length))
      const sample = Array.from(idx, (i) => seriesFromText(texts[i].text, periods, { missing, sizeWindow }))
      const ctx = () => ({ seasonalIndex, priceEffects: true })
      calibration = calibrateForecast(sample, config, { tune: [orderRateGrid(g)], context: ctx, tuneSample: TUNE_SAMPLE })
    }
    lap("calibrate")

    const methods: Record<string, number> = {}
    const classes: Record<string, number> = {}
    let written = 0
    if (texts.length && calibration) {
      const chunkSize = o.chunkSize ?? 2000
      const chunks: string[][] = []
      for (let i = 0; i < texts.length; i += chunkSize) chunks.push(texts.slice(i, i + chunkSize).map((x) => x.text))
      const shared: Omit<ForecastChunkInput, "texts"> = { periods, sizeWindow, missing, seasonalIndex, config, calibration, priceEffects: true }
      const periodStartDate = new Date(asOf)
      const res = await forecastChunks(
        shared,
        chunks,
        async (ci, results: ForecastResult[]) => {
          const base = ci * chunkSize
          const rows = results.map((r, k) => {
            methods[r.method] = (methods[r.method] ?? 0) + 1
            classes[r.demandClass] = (classes[r.demandClass] ?? 0) + 1
            const s = texts[base + k]
            return { ...r, variant_id: s.variant_id, location_id: s.location_id, product_id: s.product_id }
          })
          await svc.writeForecasts(runId, periodStartDate, rows)
          written += rows.length
          await progress(15 + (80 * written) / texts.length, `forecast ${written.toLocaleString("en")} of ${texts.length.toLocaleString("en")} series`)
        },
        { workers: o.workers, signal: o.signal }
      )
      t.workers = res.workers
    }
    lap("forecast_and_write")
    await svc.publishRun(runId, {
      series: written,
      methods,
      classes,
      backtest_wape: calibration?.backtestWape ?? {},
      timings: t,
      calibration: calibration ?? null,
      calibrated_at: calibratedAt,
    })
    lap("publish")
    await progress(100, `${written.toLocaleString("en")} series forecast`)
    return {
      run_id: runId,
      granularity: g,
      as_of: new Date(asOf).toISOString(),
      series: written,
      periods,
      methods,
      classes,
      calibrated,
      workers: t.workers ?? 0,
      demand: { full: demand.full, pairs: demand.pairs, written: demand.written, deleted: demand.deleted },
      seconds: t,
    }
  } catch (e) {
    await svc.failRun(runId, (e as Error).message ?? String(e)).catch(() => undefined)
    throw e
  }
}
