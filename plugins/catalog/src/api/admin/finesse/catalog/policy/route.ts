import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit, finesseActor } from "@finesse/core/access"
import { SupplyPolicy, SupplyPolicySchema } from "../../../../../modules/finesse-catalog/policy"
import { updateSupplyPolicyWorkflow } from "../../../../../workflows/settings/update-settings"
import { catalogService } from "../helpers"

/** GET /admin/finesse/catalog/policy → the supply policy (every field with its default filled in). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ policy: await catalogService(req).policy() })
}

/** POST /admin/finesse/catalog/policy { service_level?, review?, … } → the new policy; the next replenishment run uses it. */
export async function POST(req: AuthenticatedMedusaRequest<Partial<SupplyPolicy>>, res: MedusaResponse) {
  const current = await catalogService(req).policy()
  const policy = SupplyPolicySchema.parse({ ...current, ...req.validatedBody })
  const { result: before } = await updateSupplyPolicyWorkflow(req.scope).run({ input: { policy, by: finesseActor(req).actor_id } })
  const changed = Object.keys(policy).filter((k) => (before as any)[k] !== (policy as any)[k])
  describeAudit(req, {
    action: "catalog.policy.updated",
    summary: changed.length ? `Supply policy: ${changed.map((k) => `${k} ${(before as any)[k]} → ${(policy as any)[k]}`).join(", ")}` : "Supply policy saved unchanged",
    resource_type: "finesse_catalog_setting",
    resource_id: "policy",
    changes: { before: Object.fromEntries(changed.map((k) => [k, (before as any)[k]])), after: Object.fromEntries(changed.map((k) => [k, (policy as any)[k]])) },
  })
  res.json({ policy })
}
