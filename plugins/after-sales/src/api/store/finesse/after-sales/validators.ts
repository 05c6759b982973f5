import { z } from "@medusajs/framework/zod"
import { CASE_KINDS } from "../../../../lib/cases/case-model"
import { ITEM_CONDITIONS, RESOLUTIONS } from "../../../../lib/policy/policy-types"

const id = z.string().min(1).max(128)

export const StoreListCasesQuery = z
  .object({ status: z.enum(["active", "all"]).default("all"), limit: z.coerce.number().int().min(1).max(50).default(20), offset: z.coerce.number().int().min(0).default(0) })
  .strict()

export const StoreCreateCaseBody = z
  .object({
    kind: z.enum(CASE_KINDS),
    order_id: id.nullable().optional(),
    subject: z.string().trim().min(1).max(200).nullable().optional(),
    body: z.string().trim().min(1).max(5_000),
    reason: z.string().regex(/^[a-z][a-z0-9_]{1,63}$/, "a reason code such as wrong_size").nullable().optional(),
    lines: z
      .array(
        z
          .object({
            line_item_id: id,
            quantity: z.number().int().min(1).max(1_000),
            condition: z.enum(ITEM_CONDITIONS).nullable().optional(),
            resolution: z.enum(RESOLUTIONS).nullable().optional(),
            exchange_variant_id: id.nullable().optional(),
            reason: z.string().regex(/^[a-z][a-z0-9_]{1,63}$/).nullable().optional(),
          })
          .strict()
      )
      .max(50)
      .default([]),
  })
  .strict()

export const StoreMessageBody = z.object({ body: z.string().trim().min(1).max(5_000) }).strict()
export const StoreCancelBody = z.object({ note: z.string().trim().min(1).max(1_000).optional() }).strict()
export const StoreReturnableQuery = z.object({ condition: z.enum(ITEM_CONDITIONS).default("unopened") }).strict()
export const StoreSurveyAnswerBody = z.object({ score: z.number().int().min(0).max(10), comment: z.string().trim().max(2_000).nullable().optional() }).strict()
