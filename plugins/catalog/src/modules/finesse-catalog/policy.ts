import { z } from "@medusajs/framework/zod"

/**
 * The store's supply policy (setting "policy"): how replenishment plans (review, service level), the terms used
 * for a variant without supplier lead times, and the forecast horizon. Every field has a default, so a new store
 * plans without setting anything.
 */
export const SupplyPolicySchema = z
  .object({
    review: z.enum(["continuous", "periodic"]).default("periodic"),
    service_level: z.number().gt(0.5).lt(1).default(0.95),
    service_measure: z.enum(["cycle", "fill_rate"]).default("cycle"),
    review_period_days: z.number().int().min(1).max(90).default(7),
    annual_holding_rate: z.number().gt(0).max(2).default(0.25),
    default_lead_time_days: z.number().gt(0).max(365).default(14),
    default_lead_time_sd_days: z.number().min(0).max(180).default(3),
    // the cost of placing one purchase order, minor units of the store's default currency (0 = no EOQ)
    default_order_cost: z.number().int().min(0).default(0),
    forecast_horizon_weeks: z.number().int().min(1).max(52).default(8),
  })
  .strict()

export type SupplyPolicy = z.infer<typeof SupplyPolicySchema>

export const DEFAULT_POLICY: SupplyPolicy = SupplyPolicySchema.parse({})
