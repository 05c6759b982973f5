import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_PERSONAS_MODULE } from "../../../modules/finesse-personas"
import type FinessePersonasModuleService from "../../../modules/finesse-personas/service"

type Change = {
  segment_id: string
  enter: { customer_id: string; score: number | null }[]
  leave: string[]
  scores: { customer_id: string; score: number | null }[]
}

/** Stores a planned membership change; compensation reverses it. */
export const applySegmentMembershipStep = createStep(
  "personas-apply-segment-membership",
  async (input: Change, { container }) => {
    const personas = container.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)
    await personas.applyMembership(input.segment_id, { enter: input.enter, leave: input.leave, scores: input.scores }, new Date())
    return new StepResponse({ entered: input.enter.length, left: input.leave.length }, input)
  },
  async (input: Change | undefined, { container }) => {
    if (!input) return
    await container.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE).applyMembership(
      input.segment_id,
      { enter: input.leave.map((id) => ({ customer_id: id, score: null })), leave: input.enter.map((e) => e.customer_id) },
      null
    )
  }
)
