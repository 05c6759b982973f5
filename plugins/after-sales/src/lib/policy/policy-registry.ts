import { z } from "@medusajs/framework/zod"
import type { PolicyRule } from "./policy-types"
import { allowedResolutionsRule } from "./rules/allowed-resolutions"
import { autoApproveRule } from "./rules/auto-approve"
import { finalSaleRule } from "./rules/final-sale"
import { itemConditionRule } from "./rules/item-condition"
import { returnWindowRule } from "./rules/return-window"
import { returnableQuantityRule } from "./rules/returnable-quantity"
import { serialReturnerRule } from "./rules/serial-returner"

/** Every return policy rule by its stable code. A code is never renamed; add new rules under new codes. */
export const RETURN_POLICY_RULES: Readonly<Record<string, PolicyRule>> = Object.freeze(
  Object.fromEntries(
    [returnableQuantityRule, returnWindowRule, finalSaleRule, itemConditionRule, allowedResolutionsRule, serialReturnerRule, autoApproveRule].map((r) => [r.code, r])
  )
)

/** Code, title, description and JSON Schema of the arguments of each rule, for the policy editor's forms. */
export function listPolicyRules(registry: Readonly<Record<string, PolicyRule>> = RETURN_POLICY_RULES) {
  return Object.values(registry).map((r) => ({ code: r.code, title: r.title, description: r.description, argsJsonSchema: z.toJSONSchema(r.argsSchema) as Record<string, unknown> }))
}
