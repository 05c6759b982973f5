import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { promotionsOf, type PlanRow } from "../../../engine/helpers"
import { loadPromotions } from "../../../reads/medusa"
import { mainCurrency, dbOf } from "../../../reads/core-tables"

export type MarkLaunchedInput = { promotion_ids: string[]; launched_by: string | null; experiment_id: string | null; launched_at: number }

/**
 * Records the launch on each promotion's plan, adopting a promotion made in Medusa's own pages (a "custom" plan).
 * Compensation restores the plans as they were and removes the adopted ones.
 */
export const markPlansLaunchedStep = createStep(
  "promotions-mark-plans-launched",
  async (input: MarkLaunchedInput, { container }) => {
    const service = promotionsOf(container)
    const existing = (await service.listFinessePromotionPlans({ promotion_id: input.promotion_ids })) as unknown as PlanRow[]
    const byPromotion = new Map<string, PlanRow>()
    for (const p of existing) byPromotion.set(p.promotion_id, p)
    // a tier ladder: the other tiers of a plan are launched with it and share its plan row
    const covered = new Set(existing.flatMap((p) => p.promotion_ids ?? []))
    const missing = input.promotion_ids.filter((id) => !byPromotion.has(id) && !covered.has(id))
    const created: string[] = []
    if (missing.length) {
      const promos = await loadPromotions(container, { id: missing })
      const currency = await mainCurrency(dbOf(container))
      const rows = await service.createFinessePromotionPlans(
        promos.map((p) => ({
          promotion_id: p.id,
          campaign_id: p.campaign_id,
          code: p.code,
          name: p.campaign?.name ?? p.code,
          template: "custom" as const,
          promotion_ids: [p.id],
          currency_code: (p.application_method?.currency_code ?? currency).toLowerCase(),
          starts_at: p.campaign?.starts_at ? new Date(p.campaign.starts_at as string) : null,
          ends_at: p.campaign?.ends_at ? new Date(p.campaign.ends_at as string) : null,
        }))
      )
      created.push(...rows.map((r) => r.id))
      for (const r of rows as unknown as PlanRow[]) existing.push(r)
    }
    const before = existing.filter((p) => !created.includes(p.id)).map((p) => ({ id: p.id, status: p.status, launched_at: p.launched_at, launched_by: p.launched_by, experiment_id: p.experiment_id }))
    const updated = await service.updateFinessePromotionPlans(
      existing.map((p) => ({ id: p.id, status: "launched" as const, launched_at: new Date(input.launched_at), launched_by: input.launched_by, experiment_id: input.experiment_id ?? p.experiment_id }))
    )
    return new StepResponse(updated, { created, before })
  },
  async (comp, { container }) => {
    if (!comp) return
    const service = promotionsOf(container)
    if (comp.created.length) await service.deleteFinessePromotionPlans(comp.created)
    if (comp.before.length) await service.updateFinessePromotionPlans(comp.before.map((b) => ({ ...b, launched_at: b.launched_at ? new Date(b.launched_at) : null })))
  }
)
