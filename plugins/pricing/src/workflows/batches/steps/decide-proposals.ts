import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pricingService } from "../../../engine/context"

export type DecideInput = { batch_id: string; proposal_ids: string[] | null; decision: "approved" | "rejected"; actor_id: string | null; note: string | null }

/**
 * Approves or rejects pending proposals of a proposed batch (all of them without ids). A named proposal that is not
 * pending (blocked by a guardrail, already decided) is refused with its status and, when blocked, its rules.
 */
export const decideProposalsStep = createStep(
  "pricing-decide-proposals",
  async (input: DecideInput, { container }) => {
    const svc = pricingService(container)
    const [batch] = await svc.listFinessePricingBatches({ id: input.batch_id }, { take: 1 })
    if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pricing batch with id: ${input.batch_id} was not found`)
    if (batch.status !== "proposed") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `batch #${batch.number} is ${batch.status}: only a proposed batch's proposals can be decided`)
    if (input.proposal_ids) {
      const rows = await svc.listFinessePricingProposals({ id: input.proposal_ids, batch_id: input.batch_id }, { take: input.proposal_ids.length })
      const found = new Map(rows.map((r: any) => [r.id, r]))
      for (const id of input.proposal_ids) {
        const p: any = found.get(id)
        if (!p) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Proposal with id: ${id} was not found in batch #${batch.number}`)
        if (p.status === "blocked") {
          const why = ((p.violations ?? []) as { code: string; message: string }[]).map((v) => `${v.code}: ${v.message}`).join("; ")
          throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `proposal ${id} is blocked by a guardrail and cannot be ${input.decision} (${why})`)
        }
        if (p.status !== "pending") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `proposal ${id} is ${p.status}, not pending`)
      }
    }
    const changed = await svc.decideProposals(input.batch_id, input.proposal_ids, input.decision, input.actor_id, input.note)
    await svc.updateFinessePricingBatches({ id: input.batch_id, max_step_pct: await svc.maxApplicableStep(input.batch_id) })
    return new StepResponse({ batch_id: input.batch_id, batch_number: batch.number as number, decided: changed.length, decision: input.decision }, { batch_id: input.batch_id, changed })
  },
  async (c, { container }) => {
    if (!c?.changed.length) return
    const svc = pricingService(container)
    await svc.restoreProposalStatus(c.changed)
    await svc.updateFinessePricingBatches({ id: c.batch_id, max_step_pct: await svc.maxApplicableStep(c.batch_id) })
  }
)
