import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { rescoreCustomers, type RescoreResult } from "../../../engine/rescore"
import { FINESSE_PERSONAS_MODULE } from "../../../modules/finesse-personas"
import type FinessePersonasModuleService from "../../../modules/finesse-personas/service"

/**
 * Rescores customers with the stored models and updates their segment memberships. Compensation puts the
 * profiles back as they were and undoes the membership changes.
 */
export const rescoreCustomersStep = createStep(
  "personas-rescore-customers",
  async (input: { customer_ids: string[] }, { container }) => {
    const result = await rescoreCustomers(container, input.customer_ids)
    return new StepResponse(
      { version: result.version, updated: result.updated, cleared: result.cleared, segments: result.segments },
      result
    )
  },
  async (result: RescoreResult | undefined, { container }) => {
    if (!result) return
    const personas = container.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)
    const before = new Map(result.previous.map((p) => [p.customer_id, p]))
    for (const id of [...result.updated, ...result.cleared]) {
      const prev = before.get(id)
      if (prev) await personas.upsertProfiles([prev], { keepSurveyAnswers: false })
      else await personas.clearProfile(id)
    }
    for (const s of result.segments) {
      await personas.applyMembership(s.segment_id, { enter: s.left.map((id) => ({ customer_id: id, score: null })), leave: s.entered }, null)
    }
  }
)
