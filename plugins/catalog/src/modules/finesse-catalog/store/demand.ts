import type { Granularity } from "../../../lib/series/calendar"
import { Db, num } from "./bulk"

export type SeriesText = { variant_id: string; location_id: string; product_id: string | null; text: string }

/**
 * One page of series in their text form (lib/series/demand-codec), keyset-ordered by (variant, location): periods
 * in [origin, asOf), t counted from origin. Postgres builds each series' string, so a page of 5,000 series is
 * 5,000 rows.
 */
export async function pageSeriesTexts(db: Db, g: Granularity, origin: Date, asOf: Date, after: { variant_id: string; location_id: string } | null, limit: number): Promise<SeriesText[]> {
  const periodSeconds = g === "week" ? 604_800 : 86_400
  const r = await db.raw(
    `select variant_id, location_id, max(product_id) product_id,
            string_agg(((extract(epoch from period_start) - :o) / :ps)::int || ':' || units || ':' || lines || ':' || round(revenue) || ':' || promo_units || ':' || coalesce(sizes, ''), ';' order by period_start) as text
       from finesse_catalog_demand
      where granularity = :g and deleted_at is null and period_start >= :origin and period_start < :asOf
        ${after ? "and (variant_id, location_id) > (:av, :al)" : ""}
      group by variant_id, location_id
      order by variant_id, location_id
      limit :limit`,
    { g, o: origin.getTime() / 1000, ps: periodSeconds, origin, asOf, av: after?.variant_id ?? "", al: after?.location_id ?? "", limit }
  )
  return r.rows
}

/** Units per period over every series (closed periods and the pooled season are read off it). */
export async function aggregateUnits(db: Db, g: Granularity, origin: Date, asOf: Date, periods: number): Promise<Float64Array> {
  const periodSeconds = g === "week" ? 604_800 : 86_400
  const r = await db.raw(
    `select ((extract(epoch from period_start) - ?) / ?)::int t, sum(units)::float u from finesse_catalog_demand
      where granularity = ? and deleted_at is null and period_start >= ? and period_start < ? group by 1`,
    [origin.getTime() / 1000, periodSeconds, g, origin, asOf]
  )
  const out = new Float64Array(periods)
  for (const row of r.rows) if (row.t >= 0 && row.t < periods) out[row.t] = num(row.u)
  return out
}

/** First period with any demand (the history's start), or null when there is none. */
export async function firstDemandPeriod(db: Db, g: Granularity): Promise<Date | null> {
  const r = await db.raw(`select min(period_start) t from finesse_catalog_demand where granularity = ? and deleted_at is null`, [g])
  return r.rows[0]?.t ? new Date(r.rows[0].t) : null
}

/** Recent periods of some series (the replenishment job's order-size distributions for slow movers). */
export async function recentSeriesTexts(db: Db, g: Granularity, origin: Date, asOf: Date, keys: { variant_id: string; location_id: string }[]): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const periodSeconds = g === "week" ? 604_800 : 86_400
  for (let i = 0; i < keys.length; i += 5000) {
    const part = keys.slice(i, i + 5000)
    const r = await db.raw(
      `select d.variant_id, d.location_id,
              string_agg(((extract(epoch from d.period_start) - ?) / ?)::int || ':' || d.units || ':' || d.lines || ':0:0:' || coalesce(d.sizes, ''), ';' order by d.period_start) as text
         from finesse_catalog_demand d
         join json_to_recordset(?::json) k(variant_id text, location_id text) on k.variant_id = d.variant_id and k.location_id = d.location_id
        where d.granularity = ? and d.deleted_at is null and d.period_start >= ? and d.period_start < ?
        group by d.variant_id, d.location_id`,
      [origin.getTime() / 1000, periodSeconds, JSON.stringify(part), g, origin, asOf]
    )
    for (const row of r.rows) out.set(`${row.variant_id}|${row.location_id}`, row.text)
  }
  return out
}

/** Weekly units per variant (all locations together) over [from, until), for the XYZ variability. */
export async function weeklyUnitsByVariant(db: Db, from: Date, until: Date): Promise<Map<string, Float64Array>> {
  const weeks = Math.round((until.getTime() - from.getTime()) / 604_800_000)
  const r = await db.raw(
    `select variant_id, ((extract(epoch from period_start) - ?) / 604800)::int t, sum(units)::int u from finesse_catalog_demand
      where granularity = 'week' and deleted_at is null and period_start >= ? and period_start < ? group by 1, 2`,
    [from.getTime() / 1000, from, until]
  )
  const out = new Map<string, Float64Array>()
  for (const row of r.rows) {
    let a = out.get(row.variant_id)
    if (!a) out.set(row.variant_id, (a = new Float64Array(weeks)))
    if (row.t >= 0 && row.t < weeks) a[row.t] += num(row.u)
  }
  return out
}
