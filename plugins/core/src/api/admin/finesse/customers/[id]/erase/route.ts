import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { describeAudit } from "../../../../../../access"
import { customerDataHandlers } from "../../../../../../privacy"

/**
 * POST /admin/finesse/customers/:id/erase { confirm: true } — deletes or anonymises the customer's data in every
 * installed Finesse plugin (admin only; recorded in the audit log with the counts). Medusa's own customer record and
 * orders are erased through Medusa.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = req.params.id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id"], filters: { id }, withDeleted: true })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `customer ${id} not found`)
  const erased: Record<string, Record<string, number>> = {}
  for (const h of await customerDataHandlers(req.scope)) erased[h.plugin] = await h.eraseCustomer(req.scope, id)
  describeAudit(req, {
    action: "core.customer.erased",
    summary: `erased the Finesse data of customer ${id} in ${Object.keys(erased).join(", ")}`,
    resource_type: "customer",
    resource_id: id,
    changes: erased,
  })
  res.json({ erasure: { customer_id: id, erased } })
}
