import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { describeAudit, finesseActor } from "../../../../access"
import { ROLES, ROLE_DESCRIPTIONS } from "../../../../lib/access/roles"
import { FINESSE_GOVERNANCE_MODULE } from "../../../../modules/finesse-governance"
import type FinesseGovernanceModuleService from "../../../../modules/finesse-governance/service"
import type { AdminAssignRoleBodyType } from "./validators"

/** GET /admin/finesse/roles — every admin user with their Finesse role, and what each role may do. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const gov = req.scope.resolve<FinesseGovernanceModuleService>(FINESSE_GOVERNANCE_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: users }, assigned] = await Promise.all([
    query.graph({ entity: "user", fields: ["id", "email", "first_name", "last_name"] }),
    gov.listRoleAssignments(),
  ])
  const fallback = gov.defaultRole()
  res.json({
    users: users.map((u: any) => {
      const a = assigned.get(u.id)
      return { ...u, role: a?.role ?? fallback, assigned: !!a, assigned_by: a?.assigned_by ?? null, updated_at: a?.updated_at ?? null }
    }),
    roles: ROLES.map((role) => ({ role, description: ROLE_DESCRIPTIONS[role] })),
    default_role: fallback,
    count: users.length,
  })
}

/** POST /admin/finesse/roles { user_id, role } — admin only; recorded in the audit log. */
export async function POST(req: AuthenticatedMedusaRequest<AdminAssignRoleBodyType>, res: MedusaResponse) {
  const { user_id, role } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "user", fields: ["id", "email"], filters: { id: user_id } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `user_id: no admin user ${user_id}`)
  const gov = req.scope.resolve<FinesseGovernanceModuleService>(FINESSE_GOVERNANCE_MODULE)
  const me = finesseActor(req).actor_id
  if (me === user_id && (role ?? gov.defaultRole()) !== "admin") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "role: you cannot take the admin role from yourself; ask another admin")
  }
  const change = await gov.assignRole(user_id, role, me)
  describeAudit(req, {
    action: "core.role.assigned",
    summary: `${data[0].email}: Finesse role ${change.previous} → ${change.role}`,
    resource_type: "user",
    resource_id: user_id,
    changes: { from: change.previous, to: change.role },
  })
  res.json({ user_role: { user_id, role: change.role, previous: change.previous } })
}
