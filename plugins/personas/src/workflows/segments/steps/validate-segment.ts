import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertValidSegment, loadCatalogue } from "../../../engine/segments"
import { FINESSE_PERSONAS_MODULE } from "../../../modules/finesse-personas"
import type FinessePersonasModuleService from "../../../modules/finesse-personas/service"

/** Checks the rules and score band against the current field catalogue; 400 names the bad rule by path. */
export const validateSegmentStep = createStep(
  "personas-validate-segment",
  async (input: { rules?: unknown; score?: unknown }, { container }) => {
    if (input.rules === undefined && input.score === undefined) return new StepResponse(true)
    const personas = container.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)
    assertValidSegment({ rules: input.rules, score: input.score }, await loadCatalogue(personas))
    return new StepResponse(true)
  }
)
