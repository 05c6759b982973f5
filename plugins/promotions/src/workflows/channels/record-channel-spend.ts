import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { promotionsOf } from "../../engine/helpers"

export type SpendRowInput = {
  channel: string
  campaign: string | null
  amount: number
  currency_code: string
  starts_at: Date
  ends_at: Date
  source: "manual" | "import" | "demo"
  note?: string | null
  created_by: string | null
}

const createSpendStep = createStep(
  "promotions-create-channel-spend",
  async (rows: SpendRowInput[], { container }) => {
    const created = await promotionsOf(container).createFinessePromotionChannelSpends(rows)
    return new StepResponse(created, created.map((r) => r.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await promotionsOf(container).deleteFinessePromotionChannelSpends(ids)
  }
)

/** Records marketing spend (entered or imported), minor units; the channels report reads it for ROI and CPA. */
export const recordChannelSpendWorkflow = createWorkflow("promotions-record-channel-spend", (input: { rows: SpendRowInput[] }) => {
  const created = createSpendStep(transform({ input }, ({ input }) => input.rows))
  emitEventStep({ eventName: "finesse.promotions.spend_recorded", data: transform({ created }, ({ created }) => ({ ids: created.map((r) => r.id) })) })
  return new WorkflowResponse(created)
})

const deleteSpendStep = createStep(
  "promotions-delete-channel-spend",
  async (input: { id: string }, { container }) => {
    const service = promotionsOf(container)
    await service.softDeleteFinessePromotionChannelSpends([input.id])
    return new StepResponse({ id: input.id }, input.id)
  },
  async (id, { container }) => {
    if (id) await promotionsOf(container).restoreFinessePromotionChannelSpends([id])
  }
)

export const deleteChannelSpendWorkflow = createWorkflow("promotions-delete-channel-spend", (input: { id: string }) => {
  const deleted = deleteSpendStep(input)
  return new WorkflowResponse(deleted)
})
