import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

export type ArmRules = { promotion_id: string; treated_group_id: string; holdout_group_id: string | null }[]

/**
 * Makes Medusa's checkout apply the split: each arm's promotion gets the rule "customer group in <the arm's group>"
 * (a promotion rule Medusa evaluates for automatic and code promotions alike) and, with a holdout, "customer group
 * not <the holdout group>" so the exclusion is written on the promotion where an admin sees it. Compensation removes
 * the rules it added.
 */
export const addArmRulesStep = createStep(
  "promotions-add-arm-rules",
  async (input: ArmRules, { container }) => {
    const promotions = container.resolve(Modules.PROMOTION)
    const added: { promotion_id: string; rule_ids: string[] }[] = []
    for (const a of input) {
      const rules = [{ attribute: "customer.groups.id", operator: "in" as const, values: [a.treated_group_id], description: "Finesse experiment arm" }]
      if (a.holdout_group_id) rules.push({ attribute: "customer.groups.id", operator: "ne" as any, values: [a.holdout_group_id], description: "Finesse holdout kept out" })
      const created = await promotions.addPromotionRules(a.promotion_id, rules)
      added.push({ promotion_id: a.promotion_id, rule_ids: created.map((r) => r.id) })
    }
    return new StepResponse(added, added)
  },
  async (added, { container }) => {
    if (!added?.length) return
    const promotions = container.resolve(Modules.PROMOTION)
    for (const a of added) await promotions.removePromotionRules(a.promotion_id, a.rule_ids)
  }
)
