import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { MedusaError } from "@medusajs/framework/utils"
import { deleteChannelSpendWorkflow } from "../../../../../../../workflows/channels/record-channel-spend"
import { serviceOf } from "../../../helpers"

/** DELETE /admin/finesse/promotions/channels/spend/:id */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [row] = await serviceOf(req).listFinessePromotionChannelSpends({ id: req.params.id })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `spend ${req.params.id} was not found`)
  await deleteChannelSpendWorkflow(req.scope).run({ input: { id: row.id } })
  describeAudit(req, {
    action: "promotions.spend.deleted",
    summary: `deleted ${row.channel} spend of ${row.amount} (${row.currency_code})`,
    resource_type: "channel_spend",
    resource_id: row.id,
    changes: { channel: row.channel, amount: row.amount },
  })
  res.json({ id: row.id, object: "channel_spend", deleted: true })
}
