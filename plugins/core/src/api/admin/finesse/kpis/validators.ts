import { z } from "@medusajs/framework/zod"

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T.*)?$/, "expected a date as YYYY-MM-DD")
  .transform((s) => s.slice(0, 10))
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "not a calendar date")

const today = () => new Date().toISOString().slice(0, 10)
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10)

export const AdminKpisQuery = z
  .object({
    from: day.optional(),
    to: day.optional(),
    interval: z.enum(["day", "week", "month"]).default("day"),
    compare: z.enum(["previous_period", "none"]).default("previous_period"),
    currency_code: z.string().regex(/^[a-zA-Z]{3}$/, "expected an ISO 4217 currency code").optional(),
    sales_channel_id: z.string().min(1).optional(),
    region_id: z.string().min(1).optional(),
    category_id: z.string().min(1).optional(),
  })
  .strict()
  .transform((q) => ({ ...q, to: q.to ?? today(), from: q.from ?? daysAgo(29) }))
  .superRefine((q, ctx) => {
    if (q.from > q.to) ctx.addIssue({ code: "custom", path: ["from"], message: "must not be after to" })
    const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000
    if (days > 3 * 366) ctx.addIssue({ code: "custom", path: ["to"], message: "a range may span at most 3 years" })
  })
export type AdminKpisQueryType = z.infer<typeof AdminKpisQuery>
