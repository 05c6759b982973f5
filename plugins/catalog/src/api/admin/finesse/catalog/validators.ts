import { z } from "@medusajs/framework/zod"

const page = (max = 100, dflt = 20) => ({
  limit: z.coerce.number().int().min(1).max(max).default(dflt),
  offset: z.coerce.number().int().min(0).default(0),
})
const bool = z.enum(["true", "false"]).transform((v) => v === "true")
const orderOf = <T extends string>(cols: readonly T[], dflt: string) => z.enum([...cols, ...cols.map((c) => `-${c}` as const)] as [string, ...string[]]).default(dflt)

// ---- jobs ----
export const AdminRunForecastBody = z
  .object({
    granularity: z.enum(["week", "day"]).default("week"),
    horizon: z.number().int().min(1).max(104).optional(),
    recalibrate: z.boolean().default(false),
  })
  .strict()
export const AdminRunCategoriesBody = z.object({ days: z.number().int().min(7).max(730).default(90) }).strict()
export const AdminRunBody = z.object({}).strict()

// ---- quality ----
export const AdminTodoQuery = z.object({ ...page(), code: z.string().min(1).optional(), product_id: z.string().min(1).optional(), q: z.string().max(200).optional() }).strict()
export type AdminTodoQueryType = z.infer<typeof AdminTodoQuery>

export const AdminRuleBody = z
  .object({
    enabled: z.boolean().optional(),
    weight: z.number().min(0).max(100).nullable().optional(),
    args: z.record(z.string(), z.unknown()).nullable().optional(),
  })
  .strict()
export type AdminRuleBodyType = z.infer<typeof AdminRuleBody>

// ---- categories ----
export const CATEGORY_FLAGS = ["empty", "overloaded", "thin", "deep", "inactive_with_products"] as const
export const AdminHealthQuery = z
  .object({
    ...page(100, 50),
    flag: z.enum([...CATEGORY_FLAGS, "any"]).optional(),
    q: z.string().max(200).optional(),
    order: orderOf(["path", "direct_products", "total_products", "views", "conversion", "exit_rate", "flags"], "path"),
  })
  .strict()
export type AdminHealthQueryType = z.infer<typeof AdminHealthQuery>

// ---- forecasts ----
export const DEMAND_CLASSES = ["smooth", "erratic", "intermittent", "lumpy", "new", "inactive"] as const
export const AdminForecastListQuery = z
  .object({
    ...page(),
    granularity: z.enum(["week", "day"]).default("week"),
    q: z.string().max(200).optional(),
    method: z.string().min(1).max(50).optional(),
    demand_class: z.enum(DEMAND_CLASSES).optional(),
    location_id: z.string().min(1).optional(),
    order: orderOf(["horizon_units", "scale", "backtest_wape"], "-horizon_units"),
  })
  .strict()
export type AdminForecastListQueryType = z.infer<typeof AdminForecastListQuery>

export const AdminForecastVariantQuery = z
  .object({
    granularity: z.enum(["week", "day"]).default("week"),
    // periods of history shown before the forecast
    history: z.coerce.number().int().min(0).max(156).default(26),
    location_id: z.string().min(1).optional(),
  })
  .strict()
export type AdminForecastVariantQueryType = z.infer<typeof AdminForecastVariantQuery>

// ---- replenishment ----
const replenishmentFilters = {
  reorder: bool.optional(),
  location_id: z.string().min(1).optional(),
  supplier: z.string().min(1).max(200).optional(),
  q: z.string().max(200).optional(),
  variant_id: z.string().min(1).optional(),
  product_id: z.string().min(1).optional(),
  order: orderOf(["stockout_risk", "days_of_cover", "order_value", "suggested_qty", "mean_per_day"], "-stockout_risk"),
}
export const AdminReplenishmentQuery = z.object({ ...page(), ...replenishmentFilters }).strict()
export type AdminReplenishmentQueryType = z.infer<typeof AdminReplenishmentQuery>
export const AdminReplenishmentExportQuery = z.object({ ...replenishmentFilters, reorder: bool.default(true) }).strict()
export type AdminReplenishmentExportQueryType = z.infer<typeof AdminReplenishmentExportQuery>

// ---- lead times ----
export const AdminLeadTimeQuery = z.object({ ...page(), q: z.string().max(200).optional(), supplier: z.string().max(200).optional(), variant_id: z.string().min(1).optional() }).strict()
export type AdminLeadTimeQueryType = z.infer<typeof AdminLeadTimeQuery>

const LeadTimeRowBody = z
  .object({
    sku: z.string().min(1).max(200).optional(),
    variant_id: z.string().min(1).max(200).optional(),
    location: z.string().min(1).max(200).nullish(),
    supplier: z.string().max(200).nullish(),
    lead_time_days: z.number().gt(0).max(365),
    lead_time_sd_days: z.number().min(0).max(180).nullish(),
    pack_size: z.number().int().min(1).nullish(),
    moq: z.number().int().min(1).nullish(),
    // minor units of currency_code
    order_cost: z.number().int().min(0).nullish(),
    currency_code: z.string().regex(/^[a-zA-Z]{3}$/, "an ISO 4217 code").nullish(),
  })
  .strict()
  .refine((r) => !!r.sku || !!r.variant_id, { message: "a sku or a variant_id is required", path: ["sku"] })
  .refine((r) => r.order_cost == null || !!r.currency_code, { message: "required with order_cost", path: ["currency_code"] })

export const AdminLeadTimesBody = z.object({ rows: z.array(LeadTimeRowBody).min(1).max(500) }).strict()
export type AdminLeadTimesBodyType = z.infer<typeof AdminLeadTimesBody>
export const AdminLeadTimeImportBody = z.object({ csv: z.string().min(1).max(10_000_000), filename: z.string().max(300).optional() }).strict()
export type AdminLeadTimeImportBodyType = z.infer<typeof AdminLeadTimeImportBody>

// ---- selection ----
export const AdminClassQuery = z
  .object({
    ...page(),
    abc: z.enum(["A", "B", "C"]).optional(),
    xyz: z.enum(["X", "Y", "Z"]).optional(),
    stock_status: z.enum(["dead", "slow", "ok", "no_stock"]).optional(),
    drop: bool.optional(),
    q: z.string().max(200).optional(),
    order: orderOf(["rank", "drop_score", "stock_value", "revenue", "cv"], "rank"),
  })
  .strict()
export type AdminClassQueryType = z.infer<typeof AdminClassQuery>
