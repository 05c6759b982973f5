import { cancelOrderClaimWorkflow, cancelOrderExchangeWorkflow, cancelReturnWorkflow } from "@medusajs/medusa/core-flows"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { service } from "../../../engine/case-change"

/**
 * Calls off what an approved case started when it is cancelled: Medusa's own cancel workflows for the return,
 * exchange or claim (Medusa refuses once goods were received), and the repair. What Medusa refuses stays and is
 * listed, for the agent to handle in Medusa's order page.
 */
export const cancelRemediesStep = createStep("after-sales-cancel-remedies", async ({ case_id }: { case_id: string }, { container }) => {
  const db = service(container).db()
  const remedies = await db("finesse_after_sales_remedy").where({ case_id }).whereNull("deleted_at").whereNotIn("status", ["cancelled", "refunded", "completed"])
  const done: string[] = []
  const failed: Array<{ id: string; error: string }> = []
  for (const r of remedies) {
    try {
      if (r.type === "return" && r.return_id) await cancelReturnWorkflow(container).run({ input: { return_id: r.return_id } })
      else if (r.type === "exchange" && r.exchange_id) await cancelOrderExchangeWorkflow(container).run({ input: { exchange_id: r.exchange_id } })
      else if (r.type === "claim" && r.claim_id) await cancelOrderClaimWorkflow(container).run({ input: { claim_id: r.claim_id } })
      else if (r.type === "repair" && r.repair_id) await db("finesse_after_sales_repair").where({ id: r.repair_id }).update({ status: "cancelled", updated_at: new Date() })
      await db("finesse_after_sales_remedy").where({ id: r.id }).update({ status: "cancelled", updated_at: new Date() })
      done.push(r.id)
    } catch (e) {
      failed.push({ id: r.id, error: (e as Error).message.slice(0, 300) })
    }
  }
  return new StepResponse({ cancelled: done, failed })
})
