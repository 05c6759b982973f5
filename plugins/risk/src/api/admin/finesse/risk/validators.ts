import { z } from "@medusajs/framework/zod"

const page = {
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}

export const AdminListAssessmentsQuery = z
  .object({
    review_status: z.enum(["none", "pending", "approved", "cancelled", "refused"]).optional(),
    decision: z.enum(["allow", "review", "block"]).optional(),
    signal: z.string().min(1).max(60).optional(),
    customer_id: z.string().min(1).max(100).optional(),
    ...page,
  })
  .strict()
export type AdminListAssessmentsQueryType = z.infer<typeof AdminListAssessmentsQuery>

export const AdminApproveBody = z.object({ note: z.string().max(2000).optional() }).strict()
export type AdminApproveBodyType = z.infer<typeof AdminApproveBody>

export const AdminCancelBody = z
  .object({
    /** true: the order was fraud (a training label); false: cancelled for another reason. */
    fraud: z.boolean(),
    note: z.string().max(2000).optional(),
  })
  .strict()
export type AdminCancelBodyType = z.infer<typeof AdminCancelBody>

export const AdminOutcomeBody = z
  .object({
    kind: z.enum(["chargeback", "refund", "cancellation"]),
    fraud: z.boolean().default(false),
    /** minor units */
    amount: z.number().int().min(0).optional(),
    occurred_at: z.coerce.date().optional(),
    /** the provider's dispute or refund id: the same one twice is recorded once */
    reference: z.string().min(1).max(200).optional(),
    note: z.string().max(2000).optional(),
  })
  .strict()
export type AdminOutcomeBodyType = z.infer<typeof AdminOutcomeBody>

const ruleSetting = z
  .object({
    code: z.string().min(1).max(60),
    enabled: z.boolean().optional(),
    weight: z.number().min(0).max(100).optional(),
    args: z.record(z.string(), z.unknown()).optional(),
  })
  .strict()

const thresholds = z.object({ review: z.number().min(0).max(101), block: z.number().min(0).max(101) }).strict()

export const AdminRuleSetBody = z
  .object({
    rules: z.array(ruleSetting).max(50),
    thresholds,
    model_weight: z.number().min(0).max(1).optional(),
    note: z.string().max(500).optional(),
  })
  .strict()
export type AdminRuleSetBodyType = z.infer<typeof AdminRuleSetBody>

export const AdminBacktestBody = z
  .object({
    rules: z.array(ruleSetting).max(50).optional(),
    thresholds: thresholds.optional(),
    model_weight: z.number().min(0).max(1).optional(),
    /** history window in days back from now */
    days: z.number().int().min(1).max(730).default(180),
  })
  .strict()
export type AdminBacktestBodyType = z.infer<typeof AdminBacktestBody>

export const AdminListEntriesQuery = z
  .object({ list: z.enum(["allow", "block"]).optional(), kind: z.enum(["email", "domain", "ip", "address", "card", "device", "customer"]).optional(), ...page })
  .strict()
export type AdminListEntriesQueryType = z.infer<typeof AdminListEntriesQuery>

export const AdminListEntryBody = z
  .object({
    list: z.enum(["allow", "block"]),
    kind: z.enum(["email", "domain", "ip", "address", "card", "device", "customer"]),
    /** an e-mail, domain, IP or CIDR block, address key, card fingerprint, device id or customer id */
    value: z.string().min(1).max(500).optional(),
    /** for kind "address": the address itself (its key is stored) */
    address: z
      .object({
        address_1: z.string().min(1).max(200),
        address_2: z.string().max(200).nullish(),
        city: z.string().max(100).nullish(),
        postal_code: z.string().max(20).nullish(),
        province: z.string().max(100).nullish(),
        country_code: z.string().length(2),
      })
      .strict()
      .optional(),
    note: z.string().max(500).optional(),
    expires_at: z.coerce.date().optional(),
  })
  .strict()
  .refine((b) => b.value !== undefined || (b.kind === "address" && b.address !== undefined), { message: "value is required", path: ["value"] })
export type AdminListEntryBodyType = z.infer<typeof AdminListEntryBody>

export const AdminListIncidentsQuery = z
  .object({ status: z.enum(["open", "acknowledged", "resolved"]).optional(), severity: z.enum(["warning", "major", "critical"]).optional(), ...page })
  .strict()
export type AdminListIncidentsQueryType = z.infer<typeof AdminListIncidentsQuery>

export const AdminIncidentActionBody = z.object({ note: z.string().max(2000).optional() }).strict()
export type AdminIncidentActionBodyType = z.infer<typeof AdminIncidentActionBody>

export const AdminSeriesQuery = z.object({ days: z.coerce.number().int().min(14).max(730).default(120) }).strict()
export type AdminSeriesQueryType = z.infer<typeof AdminSeriesQuery>

export const AdminRunAnomaliesBody = z.object({ days: z.number().int().min(1).max(730).default(14) }).strict()
export type AdminRunAnomaliesBodyType = z.infer<typeof AdminRunAnomaliesBody>

export const AdminTrainBody = z.object({}).strict()
