import { z } from "@medusajs/framework/zod"
import { PASS, QualityRule } from "../rule-types"

type Args = Record<string, never>

/** A unit cost per variant: margins, ABC by margin, reorder values and repricing floors need it. */
export const costPresentRule: QualityRule<Args> = {
  code: "cost_present",
  label: "Cost present",
  argsSchema: z.object({}).strict() as unknown as z.ZodType<Args>,
  defaults: {},
  weight: 2,
  evaluate(p) {
    const variants = p.variants ?? []
    if (!variants.length) return PASS
    const missing = variants.filter((v) => v.cost === null || v.cost === undefined || !(v.cost >= 0)).length
    if (!missing) return PASS
    return { score: 1 - missing / variants.length, message: `${missing} of ${variants.length} variants without a unit cost`, fix: "enter the unit cost of every variant" }
  },
}
