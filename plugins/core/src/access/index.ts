/**
 * `@finesse/core/access`: roles and the audit log for every Finesse plugin's routes and workflows.
 *
 * - Every `/admin/finesse/*` route is role-checked by core (reads need analyst, writes operator); a route that needs
 *   more adds `requireFinesseRole("approver")` to its middlewares.
 * - Every successful admin write that changes money, prices, customers or rules is recorded in the audit log by core;
 *   a route says what it did in words with `describeAudit(req, {...})` (otherwise the entry names the route).
 * - Jobs and subscribers record what they do with `recordAudit(container, {...})` (actor "system").
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ROLES, hasRole, isRole, type Role } from "../lib/access/roles"
import type FinesseGovernanceModuleService from "../modules/finesse-governance/service"
import type { AuditInput } from "../modules/finesse-governance/service"

export { ROLES, hasRole, isRole, type Role }
export type { AuditInput }
export const FINESSE_GOVERNANCE_MODULE = "finesse_governance"

type AuthedRequest = MedusaRequest & {
  auth_context?: { actor_id?: string; actor_type?: string }
  finesseRole?: Promise<Role>
  finesseAudit?: AuditAnnotation
}

/** Who is acting on this request, for audit entries and workflow inputs. */
export function finesseActor(req: MedusaRequest): { actor_type: "user" | "api-key" | "customer" | "system"; actor_id: string | null } {
  const a = (req as AuthedRequest).auth_context
  const t = a?.actor_type
  return { actor_type: t === "user" || t === "api-key" || t === "customer" ? t : "system", actor_id: a?.actor_id ?? null }
}

function governance(scope: MedusaContainer): FinesseGovernanceModuleService {
  return scope.resolve<FinesseGovernanceModuleService>(FINESSE_GOVERNANCE_MODULE)
}

/** The Finesse role of the admin user of this request (looked up once per request). */
export function finesseRole(req: MedusaRequest): Promise<Role> {
  const r = req as AuthedRequest
  if (!r.finesseRole) {
    const { actor_type, actor_id } = finesseActor(req)
    // a secret API key acts for the store's own systems: it has the admin role
    r.finesseRole = actor_type === "api-key" ? Promise.resolve("admin") : governance(req.scope).roleOf(actor_id)
  }
  return r.finesseRole
}

/** Refuses (403) a request whose user's role is below `needed`. */
export async function assertFinesseRole(req: MedusaRequest, needed: Role, what?: string) {
  const role = await finesseRole(req)
  if (!hasRole(role, needed)) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `${what ?? `${req.method} ${req.path}`} needs the Finesse role "${needed}" or higher; your role is "${role}"`
    )
  }
}

/** Route middleware: the route needs at least this role (on top of core's read/write default); 403 otherwise. */
export function requireFinesseRole(needed: Role) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      await assertFinesseRole(req, needed)
      next()
    } catch (e) {
      next(e)
    }
  }
}

export type AuditAnnotation = {
  action: string
  summary: string
  resource_type?: string
  resource_id?: string
  changes?: Record<string, unknown>
  /** false: the route records its own, more detailed entries (e.g. through a workflow step) */
  record?: boolean
}

/** Says in words what this admin request did; core's audit middleware records it once the response succeeds. */
export function describeAudit(req: MedusaRequest, annotation: AuditAnnotation) {
  ;(req as AuthedRequest).finesseAudit = annotation
}

export function auditAnnotationOf(req: MedusaRequest): AuditAnnotation | undefined {
  return (req as AuthedRequest).finesseAudit
}

/** Records audit entries from a job, subscriber or workflow step (actor "system" unless given). */
export async function recordAudit(container: MedusaContainer, input: AuditInput | AuditInput[]) {
  return governance(container).recordAudit(input)
}
