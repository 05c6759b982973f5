import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ResolveLeadTimesInput, resolveLeadTimesStep } from "./steps/resolve-lead-times"
import { deleteLeadTimesStep, upsertLeadTimesStep } from "./steps/upsert-lead-times"

/**
 * Stores supplier lead times entered in the admin (every row must be valid) or imported from a CSV (the valid
 * lines are stored, the others come back with their line number and field): resolve → upsert.
 */
export const saveLeadTimesWorkflow = createWorkflow("catalog-save-lead-times", (input: ResolveLeadTimesInput) => {
  const resolved = resolveLeadTimesStep(input)
  const saved = upsertLeadTimesStep(transform({ resolved }, ({ resolved }) => resolved.rows))
  const result = transform({ resolved, saved }, ({ resolved, saved }) => ({ rows: saved.rows, replaced: saved.replaced.length, errors: resolved.errors, lines: resolved.lines }))
  return new WorkflowResponse(result)
})

/** Deletes supplier lead times by id. */
export const deleteLeadTimesWorkflow = createWorkflow("catalog-delete-lead-times", (input: { ids: string[] }) => {
  const deleted = deleteLeadTimesStep(transform({ input }, ({ input }) => input.ids))
  return new WorkflowResponse(deleted)
})
