import { z } from "@medusajs/framework/zod"
import { TRAIT_AGGREGATES, TRAIT_FILTER_OPS } from "../../../../lib/traits/trait-definition"
import { SURVEY_QUESTION_TYPES } from "../../../../lib/surveys/survey-definition"

const page = (max = 100, dflt = 20) => ({
  limit: z.coerce.number().int().min(1).max(max).default(dflt),
  offset: z.coerce.number().int().min(0).default(0),
})

// ---- personas ----

export const AdminRecomputeBody = z.object({}).strict()

export const AdminListCardsQuery = z
  .object({ ...page(), active: z.enum(["true", "false"]).optional() })
  .strict()
export type AdminListCardsQueryType = z.infer<typeof AdminListCardsQuery>

const PROFILE_ORDER = ["monetary", "order_count", "recency_days", "p_buy_90d", "expected_value_12m", "computed_at"] as const
export const AdminListProfilesQuery = z
  .object({
    ...page(),
    persona_id: z.string().min(1).optional(),
    rfm_segment: z.string().min(1).optional(),
    churn_risk: z.enum(["low", "medium", "high"]).optional(),
    q: z.string().max(200).optional(),
    order: z.enum([...PROFILE_ORDER, ...PROFILE_ORDER.map((o) => `-${o}` as const)]).default("-monetary"),
  })
  .strict()
export type AdminListProfilesQueryType = z.infer<typeof AdminListProfilesQuery>

// ---- traits ----

/** Shape only; lib validateTraitDefinition checks the combinations and names the field in its 400. */
const TraitDefinitionBody = z
  .object({
    key: z.string(),
    source: z.enum(["order", "event"]),
    event: z.string().optional(),
    aggregate: z.enum(TRAIT_AGGREGATES),
    property: z.string().optional(),
    window: z.object({ days: z.number() }).strict().optional(),
    filters: z.array(z.object({ property: z.string(), op: z.enum(TRAIT_FILTER_OPS), value: z.unknown().optional() }).strict()).max(20).optional(),
  })
  .strict()

export const AdminCreateTraitBody = z
  .object({
    name: z.string().min(1).max(200),
    description: z.string().max(2000).nullish(),
    value_type: z.enum(["number", "string", "boolean"]).nullish(),
    definition: TraitDefinitionBody,
  })
  .strict()
export type AdminCreateTraitBodyType = z.infer<typeof AdminCreateTraitBody>

export const AdminUpdateTraitBody = AdminCreateTraitBody.partial().strict()
export type AdminUpdateTraitBodyType = z.infer<typeof AdminUpdateTraitBody>

export const AdminListQuery = z.object({ ...page(), q: z.string().max(200).optional() }).strict()
export type AdminListQueryType = z.infer<typeof AdminListQuery>

// ---- segments ----

const ScoreBand = z.object({ field: z.string().min(1), enter: z.number(), exit: z.number() }).strict()

/** `rules` is a tree checked against the live field catalogue by the workflow (400 naming e.g. rules.any[1].value). */
export const AdminCreateSegmentBody = z
  .object({
    name: z.string().min(1).max(200),
    description: z.string().max(2000).nullish(),
    rules: z.record(z.string(), z.unknown()),
    score: ScoreBand.nullish(),
    sync_enabled: z.boolean().optional(),
    auto_sync: z.boolean().optional(),
    customer_group_name: z.string().min(1).max(200).nullish(),
  })
  .strict()
export type AdminCreateSegmentBodyType = z.infer<typeof AdminCreateSegmentBody>

export const AdminUpdateSegmentBody = AdminCreateSegmentBody.partial().strict()
export type AdminUpdateSegmentBodyType = z.infer<typeof AdminUpdateSegmentBody>

export const AdminPreviewSegmentBody = z
  .object({
    rules: z.record(z.string(), z.unknown()),
    score: ScoreBand.nullish(),
    // keep the hysteresis of an existing segment's members
    segment_id: z.string().min(1).optional(),
    sample_size: z.number().int().min(0).max(100).default(10),
  })
  .strict()
export type AdminPreviewSegmentBodyType = z.infer<typeof AdminPreviewSegmentBody>

export const AdminSyncSegmentBody = z.object({ dry_run: z.boolean().default(false) }).strict()
export type AdminSyncSegmentBodyType = z.infer<typeof AdminSyncSegmentBody>

export const AdminPageQuery = z.object({ ...page() }).strict()
export type AdminPageQueryType = z.infer<typeof AdminPageQuery>

// ---- surveys ----

const Question = z
  .object({
    key: z.string().min(1).max(63),
    type: z.enum(SURVEY_QUESTION_TYPES),
    prompt: z.string().min(1).max(500),
    options: z.array(z.string().max(200)).max(50).nullish(),
    min: z.number().int().nullish(),
    max: z.number().int().nullish(),
    required: z.boolean().optional(),
  })
  .strict()

const Incentive = z
  .object({
    type: z.enum(["percentage", "fixed"]),
    value: z.number().positive(),
    currency_code: z.string().length(3).nullish(),
  })
  .strict()
  .refine((i) => i.type !== "percentage" || i.value <= 100, { message: "a percentage is at most 100", path: ["value"] })

export const AdminCreateSurveyBody = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, "expected a snake_case key starting with a letter"),
    title: z.string().min(1).max(200),
    description: z.string().max(2000).nullish(),
    status: z.enum(["draft", "active", "closed"]).optional(),
    incentive: Incentive.nullish(),
    questions: z.array(Question).min(1).max(50),
  })
  .strict()
export type AdminCreateSurveyBodyType = z.infer<typeof AdminCreateSurveyBody>

export const AdminUpdateSurveyBody = AdminCreateSurveyBody.partial().strict()
export type AdminUpdateSurveyBodyType = z.infer<typeof AdminUpdateSurveyBody>

export const AdminListSurveysQuery = z
  .object({ ...page(), status: z.enum(["draft", "active", "closed"]).optional() })
  .strict()
export type AdminListSurveysQueryType = z.infer<typeof AdminListSurveysQuery>
