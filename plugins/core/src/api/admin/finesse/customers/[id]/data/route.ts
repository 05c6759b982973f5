import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { customerDataHandlers } from "../../../../../../privacy"

/** GET /admin/finesse/customers/:id/data — everything the installed Finesse plugins keep about a customer (admin only). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = req.params.id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "email"], filters: { id }, withDeleted: true })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `customer ${id} not found`)
  const plugins: Record<string, { describe: string; data: Record<string, unknown[]> }> = {}
  for (const h of await customerDataHandlers(req.scope)) {
    plugins[h.plugin] = { describe: h.describe, data: await h.exportCustomer(req.scope, id) }
  }
  res.setHeader("content-disposition", `attachment; filename="finesse-customer-${id}.json"`)
  res.json({ customer_data: { customer_id: id, exported_at: new Date().toISOString(), plugins } })
}
