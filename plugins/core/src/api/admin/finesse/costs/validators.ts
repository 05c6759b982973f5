import { z } from "@medusajs/framework/zod"

const list = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((v) => (typeof v === "string" ? v.split(",").filter(Boolean) : v), z.array(item).max(500))

export const AdminListCostsQuery = z
  .object({
    variant_id: list(z.string().min(1)).optional(),
    currency_code: z.string().regex(/^[a-zA-Z]{3}$/, "expected an ISO 4217 currency code").optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListCostsQueryType = z.infer<typeof AdminListCostsQuery>

export const AdminUpsertCostsBody = z
  .object({
    costs: z
      .array(
        z
          .object({
            variant_id: z.string().min(1),
            currency_code: z.string().regex(/^[a-zA-Z]{3}$/, "expected an ISO 4217 currency code"),
            // minor units (1250 = 12.50)
            amount: z.number().int().min(0).max(1_000_000_000),
          })
          .strict()
      )
      .min(1)
      .max(1000),
  })
  .strict()
export type AdminUpsertCostsBodyType = z.infer<typeof AdminUpsertCostsBody>

export const AdminImportCostsBody = z
  .object({
    csv: z.string().min(1).max(20 * 1024 * 1024),
    filename: z.string().max(255).optional(),
  })
  .strict()
export type AdminImportCostsBodyType = z.infer<typeof AdminImportCostsBody>
