import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_PERSONAS_MODULE } from "../../../modules/finesse-personas"
import type FinessePersonasModuleService from "../../../modules/finesse-personas/service"
import type { SegmentInput } from "./create-segment"

export type SegmentUpdate = Partial<Omit<SegmentInput, "created_by">> & { id: string }

const FIELDS = ["name", "description", "rules", "score", "sync_enabled", "auto_sync", "customer_group_name"] as const

export const updateSegmentStep = createStep(
  "personas-update-segment",
  async (input: SegmentUpdate, { container }) => {
    const personas = container.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)
    const before = await personas.retrieveFinessePersonaSegment(input.id)
    const patch: Record<string, unknown> = { id: input.id }
    for (const f of FIELDS) if (input[f] !== undefined) patch[f] = input[f]
    const segment = await personas.updateFinessePersonaSegments(patch as never)
    const previous: Record<string, unknown> = { id: input.id }
    for (const f of FIELDS) previous[f] = (before as Record<string, unknown>)[f]
    return new StepResponse(segment, previous)
  },
  async (previous: Record<string, unknown> | undefined, { container }) => {
    if (!previous) return
    await container.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE).updateFinessePersonaSegments(previous as never)
  }
)
