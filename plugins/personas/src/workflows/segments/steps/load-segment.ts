import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_PERSONAS_MODULE } from "../../../modules/finesse-personas"
import type FinessePersonasModuleService from "../../../modules/finesse-personas/service"

/** The segment or a 404. */
export const loadSegmentStep = createStep("personas-load-segment", async (input: { id: string }, { container }) => {
  const personas = container.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)
  const [segment] = await personas.listFinessePersonaSegments({ id: input.id })
  if (!segment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `segment ${input.id} was not found`)
  return new StepResponse(segment)
})
