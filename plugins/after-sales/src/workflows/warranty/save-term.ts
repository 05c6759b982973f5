import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteTermStep, saveTermStep, type SaveTermInput } from "./steps/save-term"

export const saveWarrantyTermWorkflow = createWorkflow("after-sales-save-warranty-term", (input: SaveTermInput) => {
  const saved = saveTermStep(input)
  emitEventStep({ eventName: "finesse.after-sales.warranty-term.saved", data: transform({ saved }, ({ saved }) => ({ id: saved.id })) })
  return new WorkflowResponse(saved)
})

export const deleteWarrantyTermWorkflow = createWorkflow("after-sales-delete-warranty-term", (input: { id: string }) => {
  const r = deleteTermStep(input)
  emitEventStep({ eventName: "finesse.after-sales.warranty-term.deleted", data: transform({ r }, ({ r }) => ({ id: r.id })) })
  return new WorkflowResponse(r)
})
