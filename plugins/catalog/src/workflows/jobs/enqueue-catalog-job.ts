import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { EnqueueCatalogJobInput, enqueueCatalogJobStep } from "./steps/enqueue-job"

/** Starts a catalog job (or returns the one of that kind already queued or running). */
export const enqueueCatalogJobWorkflow = createWorkflow("catalog-enqueue-job", (input: EnqueueCatalogJobInput) => {
  const job = enqueueCatalogJobStep(transform({ input }, ({ input }) => ({ reuse_open: true, ...input })))
  return new WorkflowResponse(job)
})
