import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ForecastResult } from "../../../lib/forecast/forecast-chunk"
import type { Granularity } from "../../../lib/series/calendar"
import { Db, Paged, bulkId, insertJson, num, numOrNull } from "./bulk"

export type ForecastRunRow = {
  id: string
  job_id: string | null
  granularity: Granularity
  horizon: number
  as_of: Date
  status: "building" | "current" | "retired" | "failed"
  series: number
  methods: Record<string, number> | null
  classes: Record<string, number> | null
  calibration: any
  calibrated_at: Date | null
  backtest_wape: Record<string, number> | null
  timings: Record<string, number> | null
  error: string | null
  started_at: Date
  finished_at: Date | null
}

const RUN_COLS = "id, job_id, granularity, horizon, as_of, status, series, methods, classes, calibrated_at, backtest_wape, timings, error, started_at, finished_at"

export async function currentRun(db: Db, g: Granularity, withCalibration = false): Promise<ForecastRunRow | null> {
  const r = await db.raw(`select ${RUN_COLS}${withCalibration ? ", calibration" : ""} from finesse_catalog_forecast_run where granularity = ? and status = 'current' and deleted_at is null order by finished_at desc limit 1`, [g])
  return r.rows[0] ?? null
}

export async function runOfJob(db: Db, jobId: string): Promise<ForecastRunRow | null> {
  const r = await db.raw(`select ${RUN_COLS} from finesse_catalog_forecast_run where job_id = ? and deleted_at is null order by started_at desc limit 1`, [jobId])
  return r.rows[0] ?? null
}

export async function listRuns(db: Db, g: Granularity | undefined, limit: number): Promise<ForecastRunRow[]> {
  const r = await db.raw(`select ${RUN_COLS} from finesse_catalog_forecast_run where deleted_at is null ${g ? "and granularity = ?" : ""} order by started_at desc limit ?`, g ? [g, limit] : [limit])
  return r.rows
}

/** A building run for this job (a retry reuses its own and drops what the failed attempt wrote). */
export async function startRun(db: Db, input: { job_id: string | null; granularity: Granularity; horizon: number; as_of: Date }): Promise<string> {
  if (input.job_id) {
    const prev = await db.raw(`select id from finesse_catalog_forecast_run where job_id = ? and status in ('building', 'failed') and deleted_at is null`, [input.job_id])
    for (const row of prev.rows) {
      await db.raw(`delete from finesse_catalog_forecast where run_id = ?`, [row.id])
      await db.raw(`delete from finesse_catalog_forecast_run where id = ?`, [row.id])
    }
  }
  const id = bulkId("fcfr")
  await db.raw(
    `insert into finesse_catalog_forecast_run (id, job_id, granularity, horizon, as_of, status, started_at) values (?, ?, ?, ?, ?, 'building', now())`,
    [id, input.job_id, input.granularity, input.horizon, input.as_of]
  )
  return id
}

export type ForecastWrite = ForecastResult & { variant_id: string; location_id: string; product_id: string | null }

const FORECAST_COLS = [
  "id", "run_id", "variant_id", "location_id", "product_id", "method", "code", "demand_class", "interval_source", "params",
  "scale", "horizon_units", "backtest_wape", "elasticity", "promo_lift", "period_start", "values",
] as const

export async function writeForecasts(db: Db, runId: string, periodStart: Date, rows: ForecastWrite[]) {
  await insertJson(
    db,
    "finesse_catalog_forecast",
    FORECAST_COLS,
    rows.map((r) => ({
      id: bulkId("fcf"),
      run_id: runId,
      variant_id: r.variant_id,
      location_id: r.location_id,
      product_id: r.product_id,
      method: r.method,
      code: r.code,
      demand_class: r.demandClass,
      interval_source: r.intervalSource,
      params: r.params,
      scale: r.scale,
      horizon_units: r.horizonUnits,
      backtest_wape: r.backtestWape,
      elasticity: r.elasticity,
      promo_lift: r.promoLift,
      period_start: periodStart,
      values: r.values,
    })),
    4000
  )
}

/**
 * Makes a finished run the current one of its granularity in one transaction (readers see the old run or the new,
 * never half of one) and deletes the rows of the runs it replaces.
 */
export async function publishRun(db: Knex, runId: string, summary: Partial<Pick<ForecastRunRow, "series" | "methods" | "classes" | "backtest_wape" | "timings">> & { calibration: unknown; calibrated_at: Date }) {
  await db.transaction(async (trx) => {
    const run = (await trx.raw(`select granularity from finesse_catalog_forecast_run where id = ? for update`, [runId])).rows[0]
    const old = await trx.raw(`select id from finesse_catalog_forecast_run where granularity = ? and status = 'current' and id <> ? for update`, [run.granularity, runId])
    await trx.raw(
      `update finesse_catalog_forecast_run set status = 'current', finished_at = now(), series = ?, methods = ?::jsonb, classes = ?::jsonb,
              backtest_wape = ?::jsonb, timings = ?::jsonb, calibration = ?::jsonb, calibrated_at = ?, updated_at = now() where id = ?`,
      [summary.series ?? 0, JSON.stringify(summary.methods ?? {}), JSON.stringify(summary.classes ?? {}), JSON.stringify(summary.backtest_wape ?? {}), JSON.stringify(summary.timings ?? {}), JSON.stringify(summary.calibration), summary.calibrated_at, runId]
    )
    const ids = old.rows.map((r: any) => r.id)
    if (ids.length) {
      await trx.raw(`update finesse_catalog_forecast_run set status = 'retired', updated_at = now() where id = any(?)`, [ids])
      await trx.raw(`delete from finesse_catalog_forecast where run_id = any(?)`, [ids])
    }
  })
}

export async function failRun(db: Db, runId: string, error: string) {
  await db.raw(`update finesse_catalog_forecast_run set status = 'failed', error = ?, finished_at = now(), updated_at = now() where id = ?`, [error.slice(0, 2000), runId])
  await db.raw(`delete from finesse_catalog_forecast where run_id = ?`, [runId])
}

export type ForecastRow = {
  id: string
  variant_id: string
  location_id: string
  product_id: string | null
  method: string
  code: string
  demand_class: string
  interval_source: string
  params: Record<string, unknown> | null
  scale: number
  horizon_units: number
  backtest_wape: number | null
  elasticity: number | null
  promo_lift: number | null
  period_start: Date
  values: { point: number[]; mean: number[]; lower_80: number[] | null; upper_80: number[] | null; lower_95: number[] | null; upper_95: number[] | null }
  sku?: string | null
  title?: string | null
  location_name?: string | null
}

const F_SELECT = `f.id, f.variant_id, f.location_id, f.product_id, f.method, f.code, f.demand_class, f.interval_source, f.params,
  f.scale, f.horizon_units, f.backtest_wape, f.elasticity, f.promo_lift, f.period_start, f.values,
  pv.sku, coalesce(p.title || ' · ' || pv.title, pv.title) title, sl.name location_name`
const F_JOINS = `left join product_variant pv on pv.id = f.variant_id
  left join product p on p.id = pv.product_id
  left join stock_location sl on sl.id = f.location_id`

function forecastRow(r: any): ForecastRow {
  return { ...r, scale: num(r.scale), horizon_units: num(r.horizon_units), backtest_wape: numOrNull(r.backtest_wape), elasticity: numOrNull(r.elasticity), promo_lift: numOrNull(r.promo_lift) }
}

export async function forecastsOf(db: Db, runId: string, where: { variant_ids?: string[]; product_id?: string }): Promise<ForecastRow[]> {
  const cond: string[] = ["f.run_id = ?", "f.deleted_at is null"]
  const binds: any[] = [runId]
  if (where.variant_ids) (cond.push("f.variant_id = any(?)"), binds.push(where.variant_ids))
  if (where.product_id) (cond.push("f.product_id = ?"), binds.push(where.product_id))
  const r = await db.raw(`select ${F_SELECT} from finesse_catalog_forecast f ${F_JOINS} where ${cond.join(" and ")} order by f.variant_id, f.location_id`, binds)
  return r.rows.map(forecastRow)
}

export async function listForecasts(
  db: Db,
  runId: string,
  q: { limit: number; offset: number; q?: string; method?: string; demand_class?: string; location_id?: string; order: string }
): Promise<Paged<ForecastRow>> {
  const cond: string[] = ["f.run_id = ?", "f.deleted_at is null"]
  const binds: any[] = [runId]
  if (q.method) (cond.push("f.method = ?"), binds.push(q.method))
  if (q.demand_class) (cond.push("f.demand_class = ?"), binds.push(q.demand_class))
  if (q.location_id) (cond.push("f.location_id = ?"), binds.push(q.location_id))
  if (q.q) (cond.push("(pv.sku ilike ? or p.title ilike ? or pv.title ilike ?)"), binds.push(`%${q.q}%`, `%${q.q}%`, `%${q.q}%`))
  const desc = q.order.startsWith("-")
  const col = { horizon_units: "f.horizon_units", scale: "f.scale", backtest_wape: "f.backtest_wape" }[q.order.replace(/^-/, "")] ?? "f.horizon_units"
  const where = cond.join(" and ")
  const [rows, count] = await Promise.all([
    db.raw(`select ${F_SELECT} from finesse_catalog_forecast f ${F_JOINS} where ${where} order by ${col} ${desc ? "desc" : "asc"} nulls last, f.variant_id, f.location_id limit ? offset ?`, [...binds, q.limit, q.offset]),
    db.raw(`select count(*)::int n from finesse_catalog_forecast f ${F_JOINS} where ${where}`, binds),
  ])
  return { rows: rows.rows.map(forecastRow), count: count.rows[0].n }
}

/** The demand history of some variants (all their locations) from `from` on, per period. */
export async function demandHistory(db: Db, g: Granularity, variantIds: string[], from: Date, until: Date): Promise<{ variant_id: string; location_id: string; period_start: Date; units: number; lines: number }[]> {
  const r = await db.raw(
    `select variant_id, location_id, period_start, units, lines from finesse_catalog_demand
      where granularity = ? and deleted_at is null and variant_id = any(?) and period_start >= ? and period_start < ? order by period_start`,
    [g, variantIds, from, until]
  )
  return r.rows.map((x: any) => ({ ...x, units: num(x.units), lines: num(x.lines) }))
}
