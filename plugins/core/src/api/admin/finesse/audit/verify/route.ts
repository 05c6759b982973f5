import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FINESSE_GOVERNANCE_MODULE } from "../../../../../modules/finesse-governance"
import type FinesseGovernanceModuleService from "../../../../../modules/finesse-governance/service"

/** GET /admin/finesse/audit/verify — recomputes the hash chain; `broken` names the first altered entry. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const gov = req.scope.resolve<FinesseGovernanceModuleService>(FINESSE_GOVERNANCE_MODULE)
  const t0 = Date.now()
  const r = await gov.verifyAuditChain()
  res.json({ verification: { ok: !r.broken, ...r, ms: Date.now() - t0 } })
}
