import { z } from "@medusajs/framework/zod"
import { ITEM_CONDITIONS, ItemCondition, PolicyRule, Resolution, RESOLUTIONS } from "../policy-types"

export type ConditionRule = { outcome: "pass" | "review" | "refuse"; resolutions?: Resolution[] }
export type ItemConditionArgs = {
  conditions?: Partial<Record<ItemCondition, ConditionRule>>
  /** When the customer gave no condition (default "review"). */
  missing?: "pass" | "review" | "refuse"
}

const conditionRule = z.object({ outcome: z.enum(["pass", "review", "refuse"]), resolutions: z.array(z.enum(RESOLUTIONS)).nonempty().optional() }).strict()
const argsSchema = z
  .object({
    conditions: z.object(Object.fromEntries(ITEM_CONDITIONS.map((c) => [c, conditionRule.optional()])) as Record<ItemCondition, z.ZodOptional<typeof conditionRule>>).strict().optional(),
    missing: z.enum(["pass", "review", "refuse"]).optional(),
  })
  .strict()

/** Unopened and like-new pass; used goes to review for store credit or exchange; damaged is refused; defective is reviewed. */
export const DEFAULT_CONDITION_RULES: Record<ItemCondition, ConditionRule> = {
  unopened: { outcome: "pass" },
  like_new: { outcome: "pass" },
  used: { outcome: "review", resolutions: ["store_credit", "exchange"] },
  damaged: { outcome: "refuse" },
  defective: { outcome: "review" },
}

export const itemConditionRule: PolicyRule<ItemConditionArgs> = {
  code: "item_condition",
  title: "Item condition",
  description: "What each declared condition allows: pass, review or refuse, optionally narrowing the resolutions (used items: store credit or exchange).",
  argsSchema: argsSchema as z.ZodType<ItemConditionArgs>,
  evaluate(args, { request }) {
    const rules = { ...DEFAULT_CONDITION_RULES, ...(args.conditions ?? {}) }
    return request.lines.map((line) => {
      const condition = line.condition ?? null
      if (condition === null) {
        return { lineId: line.lineId, outcome: args.missing ?? ("review" as const), message: "no item condition given", numbers: { condition: null } }
      }
      const r = rules[condition]
      const message = r.outcome === "pass" ? `condition ${condition} accepted` : r.outcome === "refuse" ? `items in condition ${condition} cannot be returned` : `condition ${condition} needs a look`
      return { lineId: line.lineId, outcome: r.outcome, message, numbers: { condition }, ...(r.resolutions ? { resolutions: [...r.resolutions] } : {}) }
    })
  },
}
