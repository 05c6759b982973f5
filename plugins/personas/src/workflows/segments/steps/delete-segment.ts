import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_PERSONAS_MODULE } from "../../../modules/finesse-personas"
import type FinessePersonasModuleService from "../../../modules/finesse-personas/service"

/**
 * Soft-deletes the segment and drops its members (its customer group stays: promotions may still target it).
 * Compensation restores the segment and its members.
 */
export const deleteSegmentStep = createStep(
  "personas-delete-segment",
  async (input: { id: string }, { container }) => {
    const personas = container.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)
    const members = [...(await personas.membersOf(input.id)).values()].map((m) => ({ customer_id: m.customer_id, score: m.score }))
    await personas.applyMembership(input.id, { enter: [], leave: members.map((m) => m.customer_id) }, null)
    await personas.softDeleteFinessePersonaSegments(input.id)
    return new StepResponse({ id: input.id }, { id: input.id, members })
  },
  async (prev: { id: string; members: { customer_id: string; score: number | null }[] } | undefined, { container }) => {
    if (!prev) return
    const personas = container.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)
    await personas.restoreFinessePersonaSegments(prev.id)
    await personas.applyMembership(prev.id, { enter: prev.members, leave: [] }, null)
  }
)
