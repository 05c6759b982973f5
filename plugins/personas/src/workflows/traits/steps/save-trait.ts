import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { traitValueType, type TraitValueType } from "../../../lib/segments/profile-fields"
import type { TraitDefinition } from "../../../lib/traits/trait-definition"
import { FINESSE_PERSONAS_MODULE } from "../../../modules/finesse-personas"
import type FinessePersonasModuleService from "../../../modules/finesse-personas/service"

export type TraitInput = {
  id?: string
  name?: string
  description?: string | null
  definition?: TraitDefinition
  value_type?: TraitValueType | null
  created_by?: string | null
}

const service = (c: { resolve: <T>(k: string) => T }) => c.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)

/** Creates (no id) or updates a trait; compensation deletes the new one or restores the old fields. */
export const saveTraitStep = createStep(
  "personas-save-trait",
  async (input: TraitInput, { container }) => {
    const personas = service(container)
    if (!input.id) {
      const def = input.definition!
      const trait = await personas.createFinessePersonaTraits({
        key: def.key,
        name: input.name ?? def.key,
        description: input.description ?? null,
        definition: def as unknown as Record<string, unknown>,
        value_type: traitValueType(def.aggregate, input.value_type),
        created_by: input.created_by ?? null,
      })
      return new StepResponse(trait, { created: trait.id })
    }
    const before = await personas.retrieveFinessePersonaTrait(input.id)
    const def = (input.definition ?? before.definition) as unknown as TraitDefinition
    const patch: Record<string, unknown> = { id: input.id }
    if (input.name !== undefined) patch.name = input.name
    if (input.description !== undefined) patch.description = input.description
    if (input.definition !== undefined) patch.definition = input.definition
    if (input.definition !== undefined || input.value_type !== undefined) {
      patch.value_type = traitValueType(def.aggregate, input.value_type ?? (before.value_type as TraitValueType))
    }
    const trait = await personas.updateFinessePersonaTraits(patch as never)
    return new StepResponse(trait, {
      previous: { id: before.id, name: before.name, description: before.description, definition: before.definition, value_type: before.value_type },
    })
  },
  async (prev: { created?: string; previous?: Record<string, unknown> } | undefined, { container }) => {
    if (!prev) return
    if (prev.created) await service(container).deleteFinessePersonaTraits(prev.created)
    if (prev.previous) await service(container).updateFinessePersonaTraits(prev.previous as never)
  }
)
