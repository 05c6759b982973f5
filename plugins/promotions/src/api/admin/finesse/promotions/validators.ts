import { z } from "@medusajs/framework/zod"

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: "must be an ISO date or date-time" })
const id = z.string().min(1).max(100)
const money = z.number().int().min(1).max(2_000_000_000)
const page = { limit: z.coerce.number().int().min(1).max(200).default(20), offset: z.coerce.number().int().min(0).default(0) }

export const AdminPageQuery = z.object(page).strict()

export const AdminCalendarQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() }).strict()

const common = {
  name: z.string().trim().min(1).max(200),
  code: z.string().regex(/^[A-Z0-9][A-Z0-9_-]{1,39}$/, "2–40 characters: capital letters, digits, - and _"),
  currency_code: z.string().length(3).transform((s) => s.toLowerCase()),
  starts_at: isoDate,
  ends_at: isoDate,
  audience_group_id: id.nullable().optional(),
  budget: z.object({ type: z.enum(["spend", "usage"]), limit: money }).strict().nullable().optional(),
  expected_uplift: z.number().min(-0.9).max(10).default(0.2),
  description: z.string().max(500).nullable().optional(),
}

export const AdminCreatePlanBody = z.discriminatedUnion("template", [
  z.object({ ...common, template: z.literal("flash_sale"), args: z.object({ percentage: z.number().gt(0).max(100), product_ids: z.array(id).max(500).optional(), automatic: z.boolean().optional() }).strict() }).strict(),
  z
    .object({
      ...common,
      template: z.literal("tiered_spend"),
      args: z.object({ tiers: z.array(z.object({ min_subtotal: money, amount_off: money }).strict()).min(1).max(5), automatic: z.boolean().optional() }).strict(),
    })
    .strict(),
  z
    .object({
      ...common,
      template: z.literal("coupon"),
      args: z
        .object({
          type: z.enum(["percentage", "fixed"]),
          value: z.number().gt(0),
          min_subtotal: money.nullable().optional(),
          per_customer_limit: z.number().int().min(1).max(100).nullable().optional(),
          usage_limit: z.number().int().min(1).nullable().optional(),
        })
        .strict(),
    })
    .strict(),
  z
    .object({
      ...common,
      template: z.literal("bundle"),
      args: z
        .object({
          buy_product_ids: z.array(id).min(1).max(200),
          buy_quantity: z.number().int().min(1).max(100),
          get_product_ids: z.array(id).min(1).max(200),
          get_quantity: z.number().int().min(1).max(100),
          percentage: z.number().gt(0).max(100),
          automatic: z.boolean().optional(),
        })
        .strict(),
    })
    .strict(),
  z.object({ ...common, template: z.literal("free_shipping"), args: z.object({ min_subtotal: money.nullable().optional(), automatic: z.boolean().optional() }).strict() }).strict(),
])
export type AdminCreatePlanBodyType = z.infer<typeof AdminCreatePlanBody>

export const AdminListPlansQuery = z
  .object({ ...page, status: z.enum(["planned", "launched", "ended", "cancelled"]).optional(), q: z.string().max(100).optional() })
  .strict()

export const AdminUpdatePlanBody = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    expected_uplift: z.number().min(-0.9).max(10).optional(),
    starts_at: isoDate.optional(),
    ends_at: isoDate.optional(),
    budget_limit: money.optional(),
  })
  .strict()
export type AdminUpdatePlanBodyType = z.infer<typeof AdminUpdatePlanBody>

export const AdminRunChecksBody = z
  .object({
    checks: z
      .array(z.object({ code: z.string().min(1), args: z.record(z.string(), z.unknown()).optional(), enabled: z.boolean().optional() }).strict())
      .max(20)
      .optional(),
  })
  .strict()

export const AdminSimulateBody = z.object({ days: z.number().int().min(1).max(365).default(30) }).strict()

export const AdminLaunchBody = z
  .object({
    holdout_share: z.number().min(0).max(0.5).default(0),
    audience_group_id: id.nullable().optional(),
    experiment_name: z.string().trim().min(1).max(200).optional(),
  })
  .strict()

export const AdminEvaluateBody = z.object({ post_days: z.number().int().min(0).max(120).default(30) }).strict()

export const AdminListEvaluationsQuery = z
  .object({ ...page, promotion_id: id.optional(), verdict: z.enum(["paid_off", "lost_margin", "inconclusive"]).optional(), latest: z.enum(["true", "false"]).default("true") })
  .strict()

export const AdminCreateExperimentBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    promotion_ids: z.array(id).length(2, "an A/B test compares exactly two promotions"),
    weights: z.array(z.number().gt(0).max(100)).length(2).optional(),
    holdout_share: z.number().min(0).max(0.5).default(0),
    audience_group_id: id.nullable().optional(),
  })
  .strict()

export const AdminListExperimentsQuery = z.object({ ...page, status: z.enum(["running", "stopped"]).optional() }).strict()

export const AdminStopExperimentBody = z.object({ deactivate_promotions: z.boolean().default(false) }).strict()

const channel = z.enum(["email", "sms", "affiliate", "display", "paid_search", "paid_social", "paid_other", "organic_social", "organic_search", "other", "referral", "direct"])

export const AdminChannelsQuery = z
  .object({ model: z.enum(["last_touch", "first_touch", "position_based"]).default("last_touch"), currency_code: z.string().length(3).optional() })
  .strict()

export const AdminChannelOrdersQuery = z
  .object({ ...page, model: z.enum(["last_touch", "first_touch", "position_based"]).default("last_touch"), channel: channel.optional() })
  .strict()

export const AdminListSpendQuery = z.object({ ...page, channel: channel.optional() }).strict()

export const AdminCreateSpendBody = z
  .object({
    channel,
    campaign: z.string().max(200).nullable().optional(),
    amount: z.number().int().min(0).max(2_000_000_000),
    currency_code: z.string().length(3).transform((s) => s.toLowerCase()),
    starts_at: isoDate,
    ends_at: isoDate,
    note: z.string().max(500).nullable().optional(),
  })
  .strict()

export const AdminImportSpendBody = z
  .object({ csv: z.string().min(1).max(2_000_000), currency_code: z.string().length(3).transform((s) => s.toLowerCase()) })
  .strict()

export const AdminAttributeBody = z
  .object({ days: z.number().int().min(1).max(730).default(90), lookback_days: z.number().int().min(1).max(90).default(30) })
  .strict()
