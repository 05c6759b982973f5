import { z } from "@medusajs/framework/zod"
import { alertConfigSchema } from "../../../../lib/competitors/alerts"
import { guardrailConfigSchema } from "../../../../lib/guardrails/registry"
import { priceEndingSchema } from "../../../../lib/money/price-ending"
import { getStrategy, STRATEGIES } from "../../../../lib/strategies/registry"
import { FETCHERS } from "../../../../fetchers/registry"

const id = z.string().min(1).max(200)
const currency = z
  .string()
  .regex(/^[A-Za-z]{3}$/, "an ISO 4217 code")
  .transform((c) => c.toLowerCase())
const page = (max = 200) => ({
  limit: z.coerce.number().int().min(1).max(max).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
/** "a,b" or repeated params → a list */
const list = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : v), z.array(item).min(1))
const minor = z.number().int().positive()

export const EmptyBody = z.object({}).strict()
export const ListQuery = z.object(page()).strict()

// ---- settings ----
export const SettingsBody = z
  .object({
    guardrails: guardrailConfigSchema.optional(),
    auto_approve_max_step_pct: z.number().min(0).max(50).optional(),
    approver_step_pct: z.number().min(0).max(500).optional(),
    auto_apply: z.boolean().optional(),
    default_ending: priceEndingSchema.optional(),
    alerts: alertConfigSchema.optional(),
    quote_max_age_days: z.number().positive().max(365).optional(),
    baseline_days: z.number().int().min(7).max(365).optional(),
  })
  .strict()
export type SettingsBodyType = z.infer<typeof SettingsBody>

export const KillSwitchBody = z.object({ enabled: z.boolean(), reason: z.string().max(500).optional() }).strict()

// ---- strategy assignments ----
export const AssignmentBody = z
  .object({
    strategy: z.enum(Object.keys(STRATEGIES) as [string, ...string[]]),
    args: z.record(z.string(), z.unknown()).default({}),
    scope: z.enum(["product", "category", "collection", "store"]),
    scope_id: z.string().min(1).max(200).nullish(),
    currency_code: currency.nullish(),
    region_id: z.string().min(1).max(200).nullish(),
    ending: priceEndingSchema.nullish(),
    enabled: z.boolean().default(true),
    note: z.string().max(500).nullish(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.scope !== "store" && !a.scope_id) ctx.addIssue({ code: "custom", path: ["scope_id"], message: `a ${a.scope} assignment needs the ${a.scope} id` })
    if (a.scope === "store" && a.scope_id) ctx.addIssue({ code: "custom", path: ["scope_id"], message: "a store assignment has no scope_id" })
    const r = getStrategy(a.strategy)?.argsSchema.safeParse(a.args)
    if (r && !r.success) for (const i of r.error.issues) ctx.addIssue({ code: "custom", path: ["args", ...i.path.map(String)], message: i.message })
  })
  .transform((a) => ({ ...a, args: getStrategy(a.strategy)!.argsSchema.parse(a.args) as Record<string, unknown> }))
export type AssignmentBodyType = z.infer<typeof AssignmentBody>
export const AssignmentsQuery = z
  .object({ ...page(), scope: z.enum(["product", "category", "collection", "store"]).optional(), scope_id: id.optional(), strategy: z.string().optional() })
  .strict()

// ---- response rules ----
export const ResponseRuleBody = z
  .object({
    name: z.string().min(1).max(200),
    competitor_id: id.nullish(),
    category_id: id.nullish(),
    product_id: id.nullish(),
    undercut_pct: z.number().min(0).max(90),
    action: z.enum(["match", "beat"]),
    beat_pct: z.number().min(0).max(50).default(0),
    stop_at_floor: z.boolean().default(true),
    max_age_days: z.number().positive().max(90).default(3),
    enabled: z.boolean().default(true),
  })
  .strict()
  .refine((r) => r.action !== "beat" || r.beat_pct > 0, { message: "beat_pct must be above 0 to beat", path: ["beat_pct"] })

// ---- competitors ----
const fetcherFields = {
  fetcher: z.enum(Object.keys(FETCHERS) as [string, ...string[]]).nullish(),
  fetcher_config: z.record(z.string(), z.unknown()).nullish(),
}
const checkFetcher = (c: { fetcher?: string | null; fetcher_config?: Record<string, unknown> | null }, ctx: z.RefinementCtx) => {
  if (!c.fetcher) return
  const r = FETCHERS[c.fetcher].configSchema.safeParse(c.fetcher_config ?? {})
  if (!r.success) for (const i of r.error.issues) ctx.addIssue({ code: "custom", path: ["fetcher_config", ...i.path.map(String)], message: i.message })
}
const competitorFields = {
  code: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, "lower-case letters, digits, - and _ (up to 40)"),
  name: z.string().min(1).max(200),
  website: z.string().url().max(500).nullish(),
  active: z.boolean().optional(),
  ...fetcherFields,
}
export const CompetitorBody = z.object(competitorFields).strict().superRefine(checkFetcher)
export const UpdateCompetitorBody = z
  .object({ ...competitorFields, code: competitorFields.code.optional(), name: competitorFields.name.optional() })
  .strict()
  .superRefine(checkFetcher)

// ---- product matches ----
export const MatchBody = z
  .object({
    competitor_id: id,
    variant_id: id.optional(),
    offer_id: z.string().min(1).max(500).nullish(),
    gtin: z.string().min(1).max(40).nullish(),
    sku: z.string().min(1).max(200).nullish(),
    url: z.string().url().max(2000).nullish(),
  })
  .strict()
  .refine((m) => m.variant_id || m.gtin || m.sku, { message: "variant_id (a manual match), gtin or sku is required", path: ["variant_id"] })
export const MatchesQuery = z.object({ ...page(), competitor_id: id.optional(), variant_id: id.optional(), product_id: id.optional() }).strict()

// ---- observations ----
export const ObservationsBody = z
  .object({
    observations: z
      .array(
        z
          .object({
            competitor_id: id,
            variant_id: id.optional(),
            sku: z.string().min(1).max(200).optional(),
            gtin: z.string().min(1).max(40).optional(),
            offer_id: z.string().min(1).max(500).optional(),
            /** minor units */
            price: minor,
            currency_code: currency,
            in_stock: z.boolean().default(true),
            observed_at: z.iso.datetime({ offset: true }).optional(),
            url: z.string().max(2000).optional(),
          })
          .strict()
      )
      .min(1)
      .max(10_000),
  })
  .strict()
export type ObservationsBodyType = z.infer<typeof ObservationsBody>
export const ObservationsQuery = z
  .object({ ...page(500), competitor_id: id.optional(), variant_id: id.optional(), product_id: id.optional(), since: z.iso.datetime({ offset: true }).optional() })
  .strict()
export const ImportBody = z.object({ csv: z.string().min(1).max(20_000_000), filename: z.string().max(300).optional() }).strict()
export const FetchBody = z.object({ competitor_id: id.optional() }).strict()

// ---- variant limits ----
export const LimitsBody = z
  .object({
    limits: z
      .array(
        z
          .object({ variant_id: id, currency_code: currency, map_price: minor.nullish(), min_price: minor.nullish(), max_price: minor.nullish() })
          .strict()
          .refine((l) => !(l.min_price && l.max_price && l.min_price > l.max_price), { message: "min_price is above max_price", path: ["min_price"] })
      )
      .min(1)
      .max(10_000),
  })
  .strict()
export const LimitsQuery = z.object({ ...page(), variant_id: id.optional() }).strict()

// ---- runs ----
export const RepriceBody = z.object({ note: z.string().max(500).optional(), product_ids: z.array(id).min(1).max(10_000).optional() }).strict()
export const ElasticityBody = z.object({ weeks: z.number().int().min(8).max(520).optional() }).strict()
export const ElasticitiesQuery = z
  .object({ ...page(), scope: z.enum(["product", "category"]).default("product"), scope_id: id.optional(), evidence: z.enum(["good", "weak", "insufficient"]).optional() })
  .strict()

// ---- batches and proposals ----
const BATCH_STATUSES = ["running", "proposed", "applying", "applied", "rolling_back", "rolled_back", "discarded", "failed"] as const
export const BatchesQuery = z.object({ ...page(), status: list(z.enum(BATCH_STATUSES)).optional() }).strict()
const PROPOSAL_STATUSES = ["pending", "approved", "rejected", "auto_approved", "blocked", "applied", "stale", "expired", "rolled_back"] as const
export const ProposalsQuery = z
  .object({ ...page(500), status: list(z.enum(PROPOSAL_STATUSES)).optional(), product_id: id.optional(), variant_id: id.optional(), order: z.enum(["step", "-step", "product"]).default("-step") })
  .strict()
export const DecideBody = z.object({ proposal_ids: z.array(id).min(1).max(10_000).optional(), note: z.string().max(500).optional() }).strict()

// ---- alerts, index, product ----
export const AlertsQuery = z
  .object({
    ...page(),
    status: list(z.enum(["open", "acknowledged", "resolved"])).optional(),
    code: list(z.enum(["undercut", "price_war", "competitor_out_of_stock"])).optional(),
    product_id: id.optional(),
  })
  .strict()
export const PriceIndexQuery = z
  .object({ ...page(), currency_code: currency.optional(), anchor: z.enum(["median", "min"]).default("median"), max_age_days: z.coerce.number().positive().max(90).default(7), category_id: id.optional() })
  .strict()
export const ProductViewQuery = z.object({ variant_id: id.optional(), currency_code: currency.optional(), days: z.coerce.number().int().min(7).max(730).default(90) }).strict()
