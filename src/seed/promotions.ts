import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCampaignsWorkflow, createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedContext } from "./context"
import { campaignInput, promotionInput } from "./promotion-input"

export async function seedPromotions(ctx: SeedContext): Promise<string> {
  const { container, plan, ids } = ctx
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const codes = plan.promotions.map((p) => p.code)
  const load = async () => {
    const { data } = await query.graph({
      entity: "promotion",
      fields: ["id", "code", "campaign_id", "campaign.budget.id"],
      filters: { code: codes },
    })
    return new Map((data as any[]).map((p) => [p.code as string, p]))
  }
  let existing = await load()
  const missing = plan.promotions.filter((p) => !existing.has(p.code))
  if (missing.length) {
    const { data: campaigns } = await query.graph({
      entity: "campaign",
      fields: ["id", "campaign_identifier"],
      filters: { campaign_identifier: missing.map((p) => p.code) },
    })
    const campaignOf = new Map((campaigns as any[]).map((c) => [c.campaign_identifier as string, c.id as string]))
    const newCampaigns = missing.filter((p) => !campaignOf.has(p.code))
    if (newCampaigns.length) {
      const { result } = await createCampaignsWorkflow(container).run({
        input: { campaignsData: newCampaigns.map(campaignInput) as any },
      })
      for (const c of result) campaignOf.set(c.campaign_identifier!, c.id)
    }
    const allRegionIds = plan.regions.map((r) => ids.regions.get(r.key)!.id)
    await createPromotionsWorkflow(container).run({
      input: {
        promotionsData: missing.map((p) =>
          promotionInput(
            p,
            campaignOf.get(p.code)!,
            p.regionKeys.map((k) => ids.regions.get(k)!.id),
            allRegionIds
          )
        ) as any,
      },
    })
    existing = await load()
  }
  for (const p of plan.promotions) {
    const row = existing.get(p.code)
    ids.promotions.set(p.code, {
      id: row.id,
      code: p.code,
      campaign_id: row.campaign_id ?? null,
      budget_id: row.campaign?.budget?.id ?? null,
    })
  }
  return `${plan.promotions.length} promotions (${missing.length} new)`
}
