import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describeAudit } from "@finesse/core/access"
import { actorOf, batchOr404, svcOf } from "../../../helpers"

/** POST /admin/finesse/pricing/batches/:id/discard — drops a proposed batch without applying anything. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const batch = await batchOr404(req, req.params.id)
  const done = await svcOf(req).transitionBatch(batch.id, ["proposed"], "discarded", { discarded_by: actorOf(req).actor_id })
  if (!done) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `batch #${batch.number} is ${batch.status}: only a proposed batch can be discarded`)
  describeAudit(req, { action: "pricing.batch.discarded", summary: `batch #${batch.number} discarded`, resource_type: "finesse_pricing_batch", resource_id: batch.id })
  res.json({ batch: done })
}
