import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../modules/finesse-recommendations/service"

export type ResolveVersionInput = { version_id?: string; rollback?: boolean; actor: string | null }

/** Which version to serve: the one named, or for a rollback the newest ready version before the serving one. */
export const resolveVersionStep = createStep("recommendations-resolve-version", async (input: ResolveVersionInput, { container }) => {
  const recs = container.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
  if (input.version_id) {
    const [v] = await recs.listFinesseRecModelVersions({ id: input.version_id })
    if (!v) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Model version with id: ${input.version_id} was not found`)
    if (v.serving) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `version ${v.number} is already serving`)
    if (v.status !== "ready") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `version ${v.number} is ${v.status}; only a ready version can serve`)
    return new StepResponse({ id: v.id, number: v.number })
  }
  const current = await recs.servingVersion()
  const candidates = await recs.listFinesseRecModelVersions({ status: "ready", serving: false }, { order: { number: "DESC" }, take: 50 })
  const previous = candidates.find((v) => !current || v.number < current.number)
  if (!previous) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "there is no earlier ready version to roll back to")
  return new StepResponse({ id: previous.id, number: previous.number })
})
