import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { validateTraitDefinition } from "../../../lib/traits/trait-definition"
import { FINESSE_PERSONAS_MODULE } from "../../../modules/finesse-personas"
import type FinessePersonasModuleService from "../../../modules/finesse-personas/service"

/**
 * Validates a trait definition (400 naming the field, e.g. `definition.filters[0].value`), that its key is free
 * (422) and, on update, that the key is unchanged (rules refer to trait.<key>).
 */
export const validateTraitStep = createStep(
  "personas-validate-trait",
  async (input: { id?: string; definition?: unknown }, { container }) => {
    if (input.definition === undefined) return new StepResponse(true)
    const errors = validateTraitDefinition(input.definition, "definition")
    if (errors.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid trait: ${errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`)
    }
    const key = (input.definition as { key: string }).key
    const personas = container.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)
    if (input.id) {
      const current = await personas.retrieveFinessePersonaTrait(input.id)
      if (current.key !== key) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `definition.key: a trait key cannot change (segments refer to trait.${current.key})`)
      }
    } else {
      const [taken] = await personas.listFinessePersonaTraits({ key })
      if (taken) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `definition.key: a trait with key "${key}" already exists`)
    }
    return new StepResponse(true)
  }
)
