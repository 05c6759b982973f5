import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { catalogueOf, fieldInfos, type SurveyQuestionType, type TraitValueType } from "../../../lib/segments/profile-fields"
import type { FieldCatalogue } from "../../../lib/segments/rule-types"
import type { TraitDefinition } from "../../../lib/traits/trait-definition"
import type { PersonaModels } from "../../../lib/recompute/recompute-personas"

export type SegmentDef = {
  id: string
  name: string
  rules: unknown
  score: unknown
  sync_enabled: boolean
  auto_sync: boolean
  customer_group_id: string | null
}

/** What scoring one customer needs besides their facts: the latest model, traits, segments and the field catalogue. */
export type Definitions = {
  model: { id: string; version: number; models: PersonaModels } | null
  traits: TraitDefinition[]
  segments: SegmentDef[]
  catalogue: FieldCatalogue
}

/**
 * Definitions cached per change stamp: one cheap query per call tells whether the model, a trait, a segment or a
 * survey changed since the last load (counts include soft-deleted rows, so a delete changes the stamp too). The
 * incremental update runs on every order; re-reading five tables each time would dominate its latency.
 */
export class DefinitionsCache {
  private stamp: string | null = null
  private cached: Definitions | null = null
  private checkedAt = 0

  /** `maxAgeMs`: within it the last answer is reused without the stamp query (a burst of orders checks once). */
  constructor(private readonly maxAgeMs = 1000) {}

  async get(db: Knex): Promise<Definitions> {
    if (this.cached && Date.now() - this.checkedAt < this.maxAgeMs) return this.cached
    const checked = Date.now()
    const r = await db.raw(
      `select concat_ws('|',
         (select max(version) from finesse_persona_model where deleted_at is null),
         (select count(*) || ':' || coalesce(max(greatest(updated_at, deleted_at))::text, '') from finesse_persona_segment),
         (select count(*) || ':' || coalesce(max(greatest(updated_at, deleted_at))::text, '') from finesse_persona_trait),
         (select count(*) || ':' || coalesce(max(greatest(updated_at, deleted_at))::text, '') from finesse_persona_survey),
         (select count(*) || ':' || coalesce(max(greatest(updated_at, deleted_at))::text, '') from finesse_persona_survey_question)
       ) stamp`
    )
    const stamp = r.rows[0].stamp as string
    if (stamp === this.stamp && this.cached) {
      this.checkedAt = checked
      return this.cached
    }
    const [model, traits, segments, surveys, questions] = await Promise.all([
      db.raw(`select id, version, models from finesse_persona_model where deleted_at is null order by version desc limit 1`),
      db.raw(`select key, name, definition, value_type from finesse_persona_trait where deleted_at is null order by created_at`),
      db.raw(
        `select id, name, rules, score, sync_enabled, auto_sync, customer_group_id from finesse_persona_segment where deleted_at is null order by created_at`
      ),
      db.raw(`select id, key, title from finesse_persona_survey where deleted_at is null`),
      db.raw(`select survey_id, key, type, prompt, options from finesse_persona_survey_question where deleted_at is null order by position`),
    ])
    const fields = fieldInfos(
      traits.rows.map((t: { key: string; name: string; value_type: TraitValueType }) => ({ key: t.key, name: t.name, value_type: t.value_type })),
      surveys.rows.map((s: { id: string; key: string; title: string }) => ({
        key: s.key,
        title: s.title,
        questions: questions.rows
          .filter((q: { survey_id: string }) => q.survey_id === s.id)
          .map((q: { key: string; type: SurveyQuestionType; prompt: string; options: string[] | null }) => ({ key: q.key, type: q.type, prompt: q.prompt, options: q.options })),
      }))
    )
    this.cached = {
      model: model.rows[0] ?? null,
      traits: traits.rows.map((t: { definition: TraitDefinition }) => t.definition),
      segments: segments.rows,
      catalogue: catalogueOf(fields),
    }
    this.stamp = stamp
    this.checkedAt = checked
    return this.cached
  }
}
