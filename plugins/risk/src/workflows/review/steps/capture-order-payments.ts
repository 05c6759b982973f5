import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"

/**
 * Captures every authorised, uncaptured payment of the order through Medusa's capture workflow (the provider is
 * called; the order's transactions are recorded). A capture cannot be undone, so this is the last mutation.
 */
export const captureOrderPaymentsStep = createStep("risk-capture-order-payments", async (input: { order_id: string; captured_by: string | null }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.id", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at"],
    filters: { id: input.order_id },
  })
  const order = data[0] as any
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `order ${input.order_id} was not found`)
  const payments = (order.payment_collections ?? []).flatMap((c: any) => c.payments ?? []).filter((p: any) => !p.captured_at && !p.canceled_at)
  const captured: string[] = []
  for (const p of payments) {
    await capturePaymentWorkflow(container).run({ input: { payment_id: p.id, captured_by: input.captured_by ?? undefined } })
    captured.push(p.id)
  }
  return new StepResponse({ captured })
})
