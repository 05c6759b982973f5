import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FINESSE_GOVERNANCE_MODULE } from "../../../../modules/finesse-governance"
import type FinesseGovernanceModuleService from "../../../../modules/finesse-governance/service"
import { actorEmails, auditFilter } from "./helpers"
import type { AdminListAuditQueryType } from "./validators"

/** GET /admin/finesse/audit?q&plugin&action&actor_id&resource_type&resource_id&from&to&limit&offset — newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, ...filter } = req.validatedQuery as AdminListAuditQueryType
  const gov = req.scope.resolve<FinesseGovernanceModuleService>(FINESSE_GOVERNANCE_MODULE)
  const { entries, count } = await gov.listAuditEntries(auditFilter(filter), { limit, offset })
  const emails = await actorEmails(req.scope, entries.map((e) => e.actor_id))
  res.json({
    entries: entries.map((e) => ({ ...e, actor_email: e.actor_id ? emails.get(e.actor_id) ?? null : null })),
    count,
    offset,
    limit,
  })
}
