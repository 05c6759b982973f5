import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { planTemplate, TemplateError, type TemplateInput, type TemplatePlan } from "../../../lib"
import { currencyExponent } from "../../../engine/helpers"
import { groupsExist } from "../../../reads/medusa"

/**
 * Turns a template request into Medusa's campaign and promotion inputs, after checking what Medusa would only find
 * out half-way: the code is free, the audience group and the products exist. Read-only.
 */
export const planTemplateStep = createStep("promotions-plan-template", async (input: TemplateInput, { container }) => {
  let plan: TemplatePlan
  try {
    plan = planTemplate(input, currencyExponent(input.currency_code))
  } catch (e) {
    if (e instanceof TemplateError) throw new MedusaError(MedusaError.Types.INVALID_DATA, e.message)
    throw e
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const codes = plan.promotions.map((p) => p.code)
  const { data: taken } = await query.graph({ entity: "promotion", fields: ["id", "code"], filters: { code: codes } })
  if (taken.length) throw new MedusaError(MedusaError.Types.CONFLICT, `code: a promotion with the code ${taken.map((t: any) => t.code).join(", ")} already exists`)
  const { data: campaigns } = await query.graph({ entity: "campaign", fields: ["id"], filters: { campaign_identifier: plan.campaign.campaign_identifier } })
  if (campaigns.length) throw new MedusaError(MedusaError.Types.CONFLICT, `code: a campaign with the identifier ${plan.campaign.campaign_identifier} already exists`)
  if (input.audienceGroupId && !(await groupsExist(container, [input.audienceGroupId])).size) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `audience_group_id: no customer group ${input.audienceGroupId}`)
  }
  const productFields: [string, string[]][] =
    input.template === "flash_sale"
      ? [["args.product_ids", input.args.product_ids ?? []]]
      : input.template === "bundle"
        ? [["args.buy_product_ids", input.args.buy_product_ids], ["args.get_product_ids", input.args.get_product_ids]]
        : []
  for (const [field, ids] of productFields) {
    if (!ids.length) continue
    const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: ids } })
    const found = new Set((data as { id: string }[]).map((p) => p.id))
    const missing = ids.filter((id) => !found.has(id))
    if (missing.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: no product ${missing.join(", ")}`)
  }
  return new StepResponse(plan)
})
