import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_PERSONAS_MODULE } from "../../../modules/finesse-personas"
import type FinessePersonasModuleService from "../../../modules/finesse-personas/service"

export const loadTraitStep = createStep("personas-load-trait", async (input: { id: string }, { container }) => {
  const [trait] = await container.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE).listFinessePersonaTraits({ id: input.id })
  if (!trait) throw new MedusaError(MedusaError.Types.NOT_FOUND, `trait ${input.id} was not found`)
  return new StepResponse(trait)
})
