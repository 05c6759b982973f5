import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"
import type { MatchedCard, StoredCard } from "../../../lib/cluster/match-cards"
import type { PersonaModels } from "../../../lib/recompute/recompute-personas"

export type StoredModel = {
  id: string
  version: number
  as_of: Date
  currency_code: string | null
  models: PersonaModels
  cards: StoredCard[]
}

/**
 * The latest stored model, parsed once per version: the incremental update runs on every order, and the model
 * JSON (boosted trees) is ~100 KB. A cheap version probe per call keeps every process on the newest model.
 */
export class ModelCache {
  private cached: StoredModel | null = null

  async latest(db: Knex): Promise<StoredModel | null> {
    const head = await db.raw(`select id, version from finesse_persona_model where deleted_at is null order by version desc limit 1`)
    const h = head.rows[0] as { id: string; version: number } | undefined
    if (!h) return (this.cached = null)
    if (this.cached?.id === h.id) return this.cached
    const r = await db.raw(`select id, version, as_of, currency_code, models, cards from finesse_persona_model where id = ?`, [h.id])
    this.cached = r.rows[0] ?? null
    return this.cached
  }

  reset() {
    this.cached = null
  }
}

export async function nextModelVersion(db: Knex): Promise<number> {
  const r = await db.raw(`select coalesce(max(version), 0)::int v from finesse_persona_model`)
  return r.rows[0].v + 1
}

export async function insertModel(
  db: Knex,
  m: {
    version: number
    as_of: Date
    currency_code: string | null
    customers: number
    orders: number
    k: number
    method: string
    silhouette: number | null
    models: PersonaModels
    cards: StoredCard[]
    stats: Record<string, unknown>
    job_id: string | null
  }
) {
  const id = generateEntityId(undefined, "fpmod")
  await db.raw(
    `insert into finesse_persona_model (id, version, as_of, currency_code, customers, orders, k, method, silhouette, models, cards, stats, job_id, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, now(), now())`,
    [
      id,
      m.version,
      m.as_of,
      m.currency_code,
      m.customers,
      m.orders,
      m.k,
      m.method,
      m.silhouette,
      JSON.stringify(m.models),
      JSON.stringify(m.cards),
      JSON.stringify(m.stats),
      m.job_id,
    ]
  )
  // models of old runs are only history; keep a few for comparison
  await db.raw(
    `delete from finesse_persona_model where version <= (select max(version) - 10 from finesse_persona_model)`
  )
  return id
}

/** The previous run's cards, for matching (from the latest model row). */
export async function previousCards(db: Knex): Promise<StoredCard[]> {
  const r = await db.raw(`select cards from finesse_persona_model where deleted_at is null order by version desc limit 1`)
  return (r.rows[0]?.cards as StoredCard[]) ?? []
}

/**
 * Writes this run's cards (ids carried over by matching) with their members' mean value figures; cards
 * of clusters that disappeared become inactive.
 */
export async function saveCards(
  db: Knex,
  cards: readonly MatchedCard[],
  value: Map<string, { mean_expected_value_12m: number; mean_p_buy_90d: number; total_monetary: number }>,
  version: number
) {
  const rows = cards.map((c) => ({
    id: c.id,
    name: c.name,
    archetype: c.archetype,
    description: c.description,
    cluster: c.cluster,
    size: c.size,
    share: c.share,
    figures: c.figures,
    value: value.get(c.id) ?? null,
    centroid: c.centroid,
    standout: c.standout,
    drift: c.drift,
  }))
  await db.transaction(async (trx) => {
    await trx.raw(
      `insert into finesse_persona_card (id, name, archetype, description, cluster, size, share, figures, value, centroid, standout, drift,
                                         active, first_version, model_version, created_at, updated_at)
       select x.id, x.name, x.archetype, x.description, x.cluster, x.size, x.share, x.figures, x.value, x.centroid, x.standout, x.drift,
              true, ?, ?, now(), now()
         from jsonb_to_recordset(?::jsonb) as x(id text, name text, archetype text, description text, cluster int, size int, share real,
                                               figures jsonb, value jsonb, centroid jsonb, standout jsonb, drift real)
       on conflict (id) do update set name = excluded.name, archetype = excluded.archetype, description = excluded.description,
         cluster = excluded.cluster, size = excluded.size, share = excluded.share, figures = excluded.figures, value = excluded.value,
         centroid = excluded.centroid, standout = excluded.standout, drift = excluded.drift, active = true,
         model_version = excluded.model_version, updated_at = now(), deleted_at = null`,
      [version, version, JSON.stringify(rows)]
    )
    await trx.raw(
      `update finesse_persona_card set active = false, cluster = null, size = 0, share = 0, updated_at = now()
        where not (id = any(?)) and active`,
      [cards.map((c) => c.id)]
    )
  })
}
