import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createImportFileStep, enqueueCostsImportStep } from "./steps/create-import"

/** Stores an uploaded cost CSV and starts its import job (progress and a per-line report on the job). */
export const importCostsWorkflow = createWorkflow(
  "core-import-costs",
  (input: { csv: string; filename: string | null; created_by: string | null }) => {
    const file = createImportFileStep(input)
    const job = enqueueCostsImportStep(transform({ file, input }, ({ file, input }) => ({ import_id: file.id, updated_by: input.created_by })))
    return new WorkflowResponse({ file, job })
  }
)
