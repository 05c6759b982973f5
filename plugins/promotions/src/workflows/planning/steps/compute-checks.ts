import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { CheckConfigError, PLANNING_CHECKS, runPlanningChecks, worstStatus, type CheckConfig, type CheckResult } from "../../../lib"
import { jsonSafe, planOf, promotionsOf, requirePromotion } from "../../../engine/helpers"
import { formatMinor } from "../../../engine/format-money"
import { loadPlanningContext } from "../../../engine/planning-context"

export type ComputeChecksInput = { promotion_id: string; checks?: CheckConfig[]; now?: number }
export type ComputedChecks = { promotion_id: string; plan_id: string | null; currency_code: string; results: CheckResult[]; status: CheckResult["status"]; run_at: number }

/**
 * Runs the pre-launch checks on a Medusa promotion against the store's real data (read-only). The module's
 * configured arguments (`options.checks`) apply unless the request gives its own; a bad configuration is a 400
 * naming `checks.<code>.args.<field>`.
 */
export const computePromotionChecksStep = createStep("promotions-compute-checks", async (input: ComputeChecksInput, { container }) => {
  const now = input.now ?? Date.now()
  const promotion = await requirePromotion(container, input.promotion_id)
  const plan = await planOf(container, input.promotion_id)
  const { ctx, currency } = await loadPlanningContext(container, promotion, plan, now)
  const configured = promotionsOf(container).options().checks ?? {}
  const config: CheckConfig[] | undefined =
    input.checks ?? (Object.keys(configured).length ? Object.keys(PLANNING_CHECKS).map((code) => ({ code, args: configured[code] ?? {} })) : undefined)
  let results: CheckResult[]
  try {
    results = runPlanningChecks(ctx, config)
  } catch (e) {
    if (e instanceof CheckConfigError) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, e.issues.map((i) => `checks.${i.code}${i.path ? `.${i.path}` : ""}: ${i.message}`).join("; "))
    }
    throw e
  }
  // the lib counts money in minor units; the stored message says it in the promotion's currency
  for (const r of results) if (r.code === "budget_burn") r.message = r.message.replace(/discount cost (-?\d+)/, (_m, n) => `discount cost ${formatMinor(Number(n), currency)}`)
  const out: ComputedChecks = { promotion_id: input.promotion_id, plan_id: plan?.id ?? null, currency_code: currency, results: jsonSafe(results), status: worstStatus(results), run_at: now }
  return new StepResponse(out)
})

