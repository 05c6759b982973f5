import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * Aggregates of the profile table for the Personas page: the RFM grid (R × FM cells with counts, value and
 * segment), counts by segment, churn risk and spend level, and totals.
 */
export async function profileOverview(db: Knex) {
  const [grid, segments, churn, spend, totals, methods] = await Promise.all([
    db.raw(
      `select r, floor((f + m) / 2.0 + 0.5)::int fm, count(*)::int customers, coalesce(sum(monetary), 0)::bigint monetary,
              min(rfm_segment) segment
         from finesse_persona_profile where deleted_at is null and r is not null
        group by 1, 2 order by 2 desc, 1`
    ),
    db.raw(
      `select rfm_segment segment, count(*)::int customers, coalesce(sum(monetary), 0)::bigint monetary,
              coalesce(sum(expected_value_12m), 0)::bigint expected_value_12m
         from finesse_persona_profile where deleted_at is null and rfm_segment is not null group by 1 order by 2 desc`
    ),
    db.raw(
      `select churn_risk, count(*)::int customers from finesse_persona_profile
        where deleted_at is null and churn_risk is not null group by 1`
    ),
    db.raw(
      `select spend_level, count(*)::int customers from finesse_persona_profile
        where deleted_at is null and order_count > 0 group by 1`
    ),
    db.raw(
      `select count(*)::int profiles, count(*) filter (where order_count > 0)::int buyers,
              coalesce(sum(monetary), 0)::bigint monetary, coalesce(sum(expected_value_12m), 0)::bigint expected_value_12m,
              coalesce(avg(p_buy_90d), 0)::float mean_p_buy_90d, max(computed_at) last_computed_at
         from finesse_persona_profile where deleted_at is null`
    ),
    db.raw(
      `select prediction_method method, count(*)::int customers from finesse_persona_profile
        where deleted_at is null and prediction_method is not null group by 1`
    ),
  ])
  const num = (v: unknown) => Number(v ?? 0)
  const t = totals.rows[0]
  return {
    totals: {
      profiles: t.profiles,
      buyers: t.buyers,
      monetary: num(t.monetary),
      expected_value_12m: num(t.expected_value_12m),
      mean_p_buy_90d: t.mean_p_buy_90d,
      last_computed_at: t.last_computed_at,
    },
    rfm_grid: grid.rows.map((g: any) => ({ r: g.r, fm: g.fm, customers: g.customers, monetary: num(g.monetary), segment: g.segment })),
    rfm_segments: segments.rows.map((s: any) => ({
      segment: s.segment,
      customers: s.customers,
      monetary: num(s.monetary),
      expected_value_12m: num(s.expected_value_12m),
    })),
    churn_risk: churn.rows,
    spend_levels: spend.rows,
    prediction_methods: methods.rows,
  }
}

/** Mean value figures of each persona's members (for the cards' value chart). */
export async function personaValues(db: Knex) {
  const r = await db.raw(
    `select persona_id, count(*)::int customers, coalesce(avg(expected_value_12m), 0)::float mean_expected_value_12m,
            coalesce(avg(p_buy_90d), 0)::float mean_p_buy_90d, coalesce(sum(monetary), 0)::bigint total_monetary
       from finesse_persona_profile where deleted_at is null and persona_id is not null group by 1`
  )
  return new Map<string, { mean_expected_value_12m: number; mean_p_buy_90d: number; total_monetary: number }>(
    r.rows.map((x: any) => [
      x.persona_id,
      {
        mean_expected_value_12m: Math.round(x.mean_expected_value_12m),
        mean_p_buy_90d: Math.round(x.mean_p_buy_90d * 10_000) / 10_000,
        total_monetary: Number(x.total_monetary),
      },
    ])
  )
}
