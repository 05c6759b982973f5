import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_PERSONAS_MODULE } from "../../../modules/finesse-personas"
import type FinessePersonasModuleService from "../../../modules/finesse-personas/service"

/** Soft-deletes a trait no segment uses (400 naming the segments that still do). */
export const deleteTraitStep = createStep(
  "personas-delete-trait",
  async (input: { id: string; key: string }, { container }) => {
    const personas = container.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)
    const segments = await personas.listFinessePersonaSegments({}, { take: null as unknown as number })
    const field = `"trait.${input.key}"`
    const users = segments.filter((s) => JSON.stringify(s.rules).includes(field) || JSON.stringify(s.score ?? null).includes(field))
    if (users.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `trait.${input.key} is used by segment${users.length > 1 ? "s" : ""} ${users.map((s) => `"${s.name}"`).join(", ")}`
      )
    }
    await personas.softDeleteFinessePersonaTraits(input.id)
    return new StepResponse({ id: input.id }, input.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    await container.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE).restoreFinessePersonaTraits(id)
  }
)
