import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { SupplyPolicy } from "../../modules/finesse-catalog/policy"
import { putRuleSettingStep, setPolicyStep } from "./steps/settings-steps"

/** Turns a quality rule on or off, or changes its weight or arguments (checked against the rule by the route). */
export const updateQualityRuleWorkflow = createWorkflow(
  "catalog-update-quality-rule",
  (input: { code: string; enabled: boolean; weight: number | null; args: Record<string, unknown> | null; by: string | null }) => {
    const r = putRuleSettingStep(input)
    return new WorkflowResponse(transform({ r }, ({ r }) => r.before))
  }
)

/** Replaces the supply policy (service level, review, default lead time, horizon). */
export const updateSupplyPolicyWorkflow = createWorkflow("catalog-update-supply-policy", (input: { policy: SupplyPolicy; by: string | null }) => {
  const r = setPolicyStep(input)
  return new WorkflowResponse(transform({ r }, ({ r }) => r.before))
})
