import { CHURN_RISKS } from "../predict/churn-risk"
import { TAG_RULES } from "../profile/profile-tags"
import type { ProfileRow } from "../recompute/profile-row"
import { RFM_SEGMENTS } from "../rfm/rfm-segment"
import type { TraitAggregate } from "../traits/trait-definition"
import type { FieldReader } from "./evaluate-rule"
import type { FieldCatalogue, FieldType } from "./rule-types"

/** A field a segment rule can test, with what the segment builder shows for it. */
export type FieldInfo = {
  field: string
  type: FieldType
  label: string
  group: "profile" | "trait" | "survey"
  /** Known values of a string or list field (for pickers). */
  values?: readonly string[]
  /** How to read a number: minor units, days, a 0..1 share. */
  unit?: "minor" | "days" | "share" | "score" | "count" | "hour" | "weekday"
}

const SPEND_LEVELS = ["none", "low", "mid", "high", "top"] as const

/** The profile fields, under `profile.<column>`. Codes are never renamed (saved segments refer to them). */
export const PROFILE_FIELDS: readonly FieldInfo[] = [
  { field: "profile.order_count", type: "number", label: "Orders (frequency)", group: "profile", unit: "count" },
  { field: "profile.recency_days", type: "number", label: "Days since last order (recency)", group: "profile", unit: "days" },
  { field: "profile.monetary", type: "number", label: "Total spend (monetary)", group: "profile", unit: "minor" },
  { field: "profile.tenure_days", type: "number", label: "Days since first order (tenure)", group: "profile", unit: "days" },
  { field: "profile.avg_order_value", type: "number", label: "Average order value", group: "profile", unit: "minor" },
  { field: "profile.mean_inter_purchase_days", type: "number", label: "Days between orders", group: "profile", unit: "days" },
  { field: "profile.item_count", type: "number", label: "Units bought", group: "profile", unit: "count" },
  { field: "profile.r", type: "number", label: "RFM recency score (1-5)", group: "profile", unit: "score" },
  { field: "profile.f", type: "number", label: "RFM frequency score (1-5)", group: "profile", unit: "score" },
  { field: "profile.m", type: "number", label: "RFM monetary score (1-5)", group: "profile", unit: "score" },
  { field: "profile.rfm_segment", type: "string", label: "RFM segment", group: "profile", values: RFM_SEGMENTS },
  { field: "profile.p_buy_30d", type: "number", label: "Probability of buying within 30 days", group: "profile", unit: "share" },
  { field: "profile.p_buy_90d", type: "number", label: "Probability of buying within 90 days", group: "profile", unit: "share" },
  { field: "profile.expected_value_12m", type: "number", label: "Expected value, next 12 months", group: "profile", unit: "minor" },
  { field: "profile.churn_risk", type: "string", label: "Churn risk", group: "profile", values: CHURN_RISKS },
  { field: "profile.discounted_share", type: "number", label: "Share of discounted orders", group: "profile", unit: "share" },
  { field: "profile.avg_discount", type: "number", label: "Average discount", group: "profile", unit: "minor" },
  { field: "profile.avg_discount_rate", type: "number", label: "Average discount rate", group: "profile", unit: "share" },
  { field: "profile.preferred_weekday", type: "number", label: "Preferred weekday (0 = Sunday)", group: "profile", unit: "weekday" },
  { field: "profile.preferred_hour", type: "number", label: "Preferred hour (0-23, UTC)", group: "profile", unit: "hour" },
  { field: "profile.spend_level", type: "string", label: "Spend level", group: "profile", values: SPEND_LEVELS },
  { field: "profile.tags", type: "string_list", label: "Tags", group: "profile", values: TAG_RULES.map((t) => t.code) },
  { field: "profile.top_categories", type: "string_list", label: "Top categories (ids)", group: "profile" },
  { field: "profile.persona_id", type: "string", label: "Persona (card id)", group: "profile" },
  { field: "profile.persona_name", type: "string", label: "Persona (name)", group: "profile" },
  { field: "profile.first_order_at", type: "date", label: "First order", group: "profile" },
  { field: "profile.last_order_at", type: "date", label: "Last order", group: "profile" },
]

export type TraitValueType = "number" | "string" | "boolean"

/** The type a trait's values have: numbers for count/sum/average/min/max, otherwise what the admin declared. */
export function traitValueType(aggregate: TraitAggregate, declared?: TraitValueType | null): TraitValueType {
  if (aggregate === "first" || aggregate === "last") return declared ?? "string"
  return "number"
}

export type SurveyQuestionType = "single_choice" | "multiple_choice" | "scale" | "free_text"

export const SURVEY_FIELD_TYPE: Record<SurveyQuestionType, FieldType> = {
  single_choice: "string",
  multiple_choice: "string_list",
  scale: "number",
  free_text: "string",
}

/** Every field a segment may use: the profile fields, `trait.<key>` and `survey.<survey>.<question>`. */
export function fieldInfos(
  traits: readonly { key: string; name?: string | null; value_type: TraitValueType }[],
  surveys: readonly { key: string; title: string; questions: readonly { key: string; type: SurveyQuestionType; prompt: string; options?: readonly string[] | null }[] }[],
): FieldInfo[] {
  return [
    ...PROFILE_FIELDS,
    ...traits.map((t): FieldInfo => ({ field: `trait.${t.key}`, type: t.value_type, label: t.name || t.key, group: "trait" })),
    ...surveys.flatMap((s) =>
      s.questions.map(
        (q): FieldInfo => ({
          field: `survey.${s.key}.${q.key}`,
          type: SURVEY_FIELD_TYPE[q.type],
          label: `${s.title}: ${q.prompt}`,
          group: "survey",
          values: q.options ?? undefined,
        }),
      ),
    ),
  ]
}

export function catalogueOf(fields: readonly FieldInfo[]): FieldCatalogue {
  return Object.fromEntries(fields.map((f) => [f.field, f.type]))
}

const DATE_COLUMNS = new Set(["first_order_at", "last_order_at"])

/** What a stored row may hold in a date column (epoch ms, a Date from Postgres, or an ISO string). */
function toEpoch(v: unknown): number | null {
  if (v === null || v === undefined) return null
  if (typeof v === "number") return v
  if (v instanceof Date) return v.getTime()
  const t = Date.parse(String(v))
  return Number.isNaN(t) ? null : t
}

/** Reads rule fields from a stored profile: `profile.<column>`, `trait.<key>`, `survey.<survey>.<question>`. */
export function profileFieldReader(row: Partial<ProfileRow> & { traits?: Record<string, unknown> | null; survey_answers?: Record<string, unknown> | null }): FieldReader {
  return (field: string) => {
    if (field.startsWith("profile.")) {
      const column = field.slice(8)
      const v = (row as Record<string, unknown>)[column]
      return DATE_COLUMNS.has(column) ? toEpoch(v) : v
    }
    if (field.startsWith("trait.")) return row.traits?.[field.slice(6)]
    if (field.startsWith("survey.")) return row.survey_answers?.[field.slice(7)]
    return undefined
  }
}
