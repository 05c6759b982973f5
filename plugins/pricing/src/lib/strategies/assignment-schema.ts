import { z } from "@medusajs/framework/zod"
import { priceEndingSchema } from "../money/price-ending"
import { getStrategy, STRATEGIES } from "./registry"

/**
 * An assignment as the admin API receives it (without its id): the scope, the strategy and its arguments, checked
 * against that strategy's own schema so a 400 names the field ("args.targetPct"). Parsed output has the
 * strategy's defaults filled in.
 */
export const strategyAssignmentInputSchema = z
  .object({
    strategy: z.enum(Object.keys(STRATEGIES) as [string, ...string[]]),
    args: z.record(z.string(), z.unknown()).default({}),
    scope: z.enum(["product", "category", "collection", "store"]),
    scopeId: z.string().min(1).nullish(),
    currencyCode: z
      .string()
      .regex(/^[A-Za-z]{3}$/, "an ISO 4217 code")
      .transform((c) => c.toLowerCase())
      .nullish(),
    regionId: z.string().min(1).nullish(),
    ending: priceEndingSchema.optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.scope !== "store" && !a.scopeId) ctx.addIssue({ code: "custom", path: ["scopeId"], message: `a ${a.scope} assignment needs the ${a.scope} id` })
    if (a.scope === "store" && a.scopeId) ctx.addIssue({ code: "custom", path: ["scopeId"], message: "a store assignment has no scopeId" })
    const s = getStrategy(a.strategy)
    const r = s?.argsSchema.safeParse(a.args)
    if (r && !r.success) for (const i of r.error.issues) ctx.addIssue({ code: "custom", path: ["args", ...i.path.map(String)], message: i.message })
  })
  .transform((a) => ({ ...a, args: getStrategy(a.strategy)!.argsSchema.parse(a.args) as Record<string, unknown> }))
export type StrategyAssignmentInput = z.infer<typeof strategyAssignmentInputSchema>
