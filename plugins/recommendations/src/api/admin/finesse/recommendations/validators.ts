import { z } from "@medusajs/framework/zod"
import { API_PLACEMENTS } from "../../../../lib/serving/placements"
import { RULE_ACTIONS, RULE_TARGETS } from "../../../../lib/serving/merchandising"
import { STRATEGY_CODES } from "../../../../lib/serving/strategies"

const id = z.string().min(1).max(128)
const page = { limit: z.coerce.number().int().min(1).max(200).default(20), offset: z.coerce.number().int().min(0).default(0) }
const isoDate = z.string().datetime({ offset: true })

export const ListQuery = z.object(page).strict()

export const TrainBody = z
  .object({
    holdout_days: z.number().int().min(1).max(365).optional(),
    event_days: z.number().int().min(1).max(730).optional(),
  })
  .strict()

export const ActivateBody = z.object({}).strict()

export const PreviewQuery = z
  .object({
    placement: z.enum(API_PLACEMENTS),
    product_id: id.optional(),
    customer_id: id.optional(),
    cart_id: id.optional(),
    order_id: id.optional(),
    anonymous_id: z.string().min(1).max(128).optional(),
    region_id: id.optional(),
    sales_channel_id: id.optional(),
    strategy: z.enum(STRATEGY_CODES).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .strict()
  .superRefine((q, ctx) => {
    if ((q.placement === "similar" || q.placement === "bought_together") && !q.product_id) ctx.addIssue({ code: "custom", path: ["product_id"], message: `required for placement ${q.placement}` })
    if (q.placement === "complete_your_order" && !q.cart_id) ctx.addIssue({ code: "custom", path: ["cart_id"], message: "required for placement complete_your_order" })
    if (q.placement === "post_purchase" && !q.order_id) ctx.addIssue({ code: "custom", path: ["order_id"], message: "required for placement post_purchase" })
  })

const ruleFields = {
  name: z.string().min(1).max(200),
  action: z.enum(RULE_ACTIONS),
  target_type: z.enum(RULE_TARGETS),
  target_id: id,
  placement: z.enum(API_PLACEMENTS).nullable().optional(),
  weight: z.number().min(0).max(100).nullable().optional(),
  position: z.number().int().min(1).max(50).nullable().optional(),
  starts_at: isoDate.nullable().optional(),
  ends_at: isoDate.nullable().optional(),
  enabled: z.boolean().optional(),
}

function checkRule(r: Partial<Record<keyof typeof ruleFields, unknown>>, ctx: z.RefinementCtx) {
  if (r.action === "boost" && r.weight != null && !((r.weight as number) > 1)) ctx.addIssue({ code: "custom", path: ["weight"], message: "a boost multiplies the score: use a weight above 1" })
  if (r.action === "bury" && r.weight != null && !((r.weight as number) < 1)) ctx.addIssue({ code: "custom", path: ["weight"], message: "a bury multiplies the score: use a weight below 1" })
  if (r.starts_at && r.ends_at && Date.parse(r.ends_at as string) <= Date.parse(r.starts_at as string)) ctx.addIssue({ code: "custom", path: ["ends_at"], message: "must be after starts_at" })
}

export const CreateRuleBody = z.object(ruleFields).strict().superRefine(checkRule)
export const UpdateRuleBody = z.object(ruleFields).partial().strict().superRefine(checkRule)
export const ListRulesQuery = z.object({ ...page, placement: z.enum(API_PLACEMENTS).optional() }).strict()

export const CreateExperimentBody = z
  .object({
    name: z.string().min(1).max(200),
    placement: z.enum(API_PLACEMENTS),
    strategy_a: z.enum(STRATEGY_CODES).default("blended"),
    strategy_b: z.enum(STRATEGY_CODES),
    traffic_b: z.number().int().min(1).max(99).default(50),
    confidence: z.number().min(0.8).max(0.999).default(0.95),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.strategy_a === e.strategy_b) ctx.addIssue({ code: "custom", path: ["strategy_b"], message: "must differ from strategy_a" })
  })
export const UpdateExperimentBody = z
  .object({
    name: z.string().min(1).max(200),
    strategy_a: z.enum(STRATEGY_CODES),
    strategy_b: z.enum(STRATEGY_CODES),
    traffic_b: z.number().int().min(1).max(99),
    confidence: z.number().min(0.8).max(0.999),
  })
  .partial()
  .strict()

export const PerformanceQuery = z
  .object({
    from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD").optional(),
    to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD").optional(),
    group_by: z.enum(["placement", "strategy", "model_version"]).default("placement"),
  })
  .strict()

export const SettingsBody = z
  .object({
    attribution_window_hours: z.number().int().min(1).max(24 * 90),
    attribution_basis: z.enum(["click", "impression"]),
    margin_boost_strength: z.number().min(0).max(1),
    max_per_category: z.number().int().min(1).max(50).nullable(),
    push: z
      .object({
        quiet_hours: z.object({ start: z.number().int().min(0).max(23), end: z.number().int().min(0).max(23) }).strict(),
        caps: z.object({ per_day: z.number().int().min(0).max(50), per_week: z.number().int().min(0).max(200) }).strict(),
        default_utc_offset_minutes: z.number().int().min(-720).max(840),
        consent_mode: z.enum(["opt_in", "opt_out"]),
        storefront_url: z.string().url().max(500),
        backend_url: z.string().url().max(500),
      })
      .partial()
      .strict(),
  })
  .partial()
  .strict()

export type PreviewQueryType = z.infer<typeof PreviewQuery>
