import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateEntityId } from "@medusajs/framework/utils"
import { promotionsOf } from "../../../engine/helpers"
import type { ComputedChecks } from "./compute-checks"

/** Stores one run of check results and the plan's worst status; compensation removes the run. */
export const storePromotionChecksStep = createStep(
  "promotions-store-checks",
  async (input: ComputedChecks, { container }) => {
    const service = promotionsOf(container)
    const runId = generateEntityId(undefined, "fpchkrun")
    const at = new Date(input.run_at)
    const rows = await service.createFinessePromotionCheckResults(
      input.results.map((r) => ({ promotion_id: input.promotion_id, run_id: runId, code: r.code, status: r.status, message: r.message, figures: r.figures as Record<string, unknown>, run_at: at }))
    )
    let previous: { check_status: string | null; checked_at: Date | null } | null = null
    if (input.plan_id) {
      const [plan] = await service.listFinessePromotionPlans({ id: input.plan_id })
      previous = { check_status: (plan as any)?.check_status ?? null, checked_at: (plan as any)?.checked_at ?? null }
      await service.updateFinessePromotionPlans({ id: input.plan_id, check_status: input.status, checked_at: at })
    }
    return new StepResponse({ run_id: runId, results: rows }, { ids: rows.map((r) => r.id), plan_id: input.plan_id, previous })
  },
  async (comp, { container }) => {
    if (!comp) return
    const service = promotionsOf(container)
    await service.deleteFinessePromotionCheckResults(comp.ids)
    if (comp.plan_id && comp.previous) await service.updateFinessePromotionPlans({ id: comp.plan_id, ...comp.previous })
  }
)
