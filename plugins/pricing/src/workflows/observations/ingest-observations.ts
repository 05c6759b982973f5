import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ingestObservations, type IncomingObservation } from "../../engine/observation-ingest"

/**
 * Stores a batch of competitor observations (resolved to our variants; unresolvable rows come back rejected with
 * their index and field). No compensation: observations are keyed by competitor, variant, currency and instant,
 * so writing them again is harmless, and deleting would lose corrections another batch made.
 */
const ingestObservationsStep = createStep("pricing-ingest-observations", async (input: { rows: IncomingObservation[]; source: string }, { container }) => {
  return new StepResponse(await ingestObservations(container, input.rows, input.source, new Date()))
})

export const ingestObservationsWorkflow = createWorkflow("pricing-ingest-observations", (input: { rows: IncomingObservation[]; source: string }) => {
  return new WorkflowResponse(ingestObservationsStep(input))
})
