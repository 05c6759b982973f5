import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCaseStep } from "./steps/create-case"
import { evaluateRequestStep } from "./steps/evaluate-request"
import { loadOpenCaseStep, type OpenCaseInput } from "./steps/load-open-case"

/**
 * Opens a case: checks the order and lines (a customer's own order only), evaluates the return policy or the
 * warranty for the lines, writes the case with its first message (encrypted) and links it to the order.
 * Whether an approval or a refusal follows at once is the caller's (engine/cases.ts openCase) decision.
 */
export const openCaseWorkflow = createWorkflow("after-sales-open-case", (input: OpenCaseInput) => {
  const ctx = loadOpenCaseStep(input)
  const decision = evaluateRequestStep({ input, ctx })
  const created = createCaseStep({ input, ctx, decision })
  emitEventStep({
    eventName: "finesse.after-sales.case.opened",
    data: transform({ created, input, decision }, ({ created, input, decision }) => ({
      id: created.id,
      kind: input.kind,
      order_id: input.order_id ?? null,
      decision: decision?.summary.outcome ?? null,
    })),
  })
  return new WorkflowResponse(transform({ created, decision }, ({ created, decision }) => ({ ...created, decision: decision?.summary ?? null, warranty: decision?.warranty ?? null })))
})
