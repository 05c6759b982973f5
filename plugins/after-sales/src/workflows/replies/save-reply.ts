import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteReplyStep, saveReplyStep, type SaveReplyInput } from "./steps/save-reply"

export const saveReplyWorkflow = createWorkflow("after-sales-save-reply", (input: SaveReplyInput) => {
  const saved = saveReplyStep(input)
  emitEventStep({ eventName: "finesse.after-sales.reply.saved", data: transform({ saved }, ({ saved }) => ({ id: saved.id, key: saved.key })) })
  return new WorkflowResponse(saved)
})

export const deleteReplyWorkflow = createWorkflow("after-sales-delete-reply", (input: { id: string }) => {
  const r = deleteReplyStep(input)
  emitEventStep({ eventName: "finesse.after-sales.reply.deleted", data: transform({ r }, ({ r }) => ({ id: r.id })) })
  return new WorkflowResponse(r)
})
