import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_PERSONAS_MODULE } from "../../../modules/finesse-personas"
import type FinessePersonasModuleService from "../../../modules/finesse-personas/service"

export type SegmentInput = {
  name: string
  description?: string | null
  rules: unknown
  score?: { field: string; enter: number; exit: number } | null
  sync_enabled?: boolean
  auto_sync?: boolean
  customer_group_name?: string | null
  created_by?: string | null
}

export const createSegmentStep = createStep(
  "personas-create-segment",
  async (input: SegmentInput, { container }) => {
    const personas = container.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)
    const segment = await personas.createFinessePersonaSegments({
      name: input.name,
      description: input.description ?? null,
      rules: input.rules as Record<string, unknown>,
      score: (input.score ?? null) as Record<string, unknown> | null,
      sync_enabled: input.sync_enabled ?? false,
      auto_sync: input.auto_sync ?? true,
      customer_group_name: input.customer_group_name ?? null,
      created_by: input.created_by ?? null,
    })
    return new StepResponse(segment, segment.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    await container.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE).deleteFinessePersonaSegments(id)
  }
)
