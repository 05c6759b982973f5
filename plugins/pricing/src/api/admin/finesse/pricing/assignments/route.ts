import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describeAudit } from "@finesse/core/access"
import { scopeLabels } from "../../../../../reads/medusa-prices"
import { assignmentWorkflows } from "../../../../../workflows/common/entity-steps"
import { actorOf, body, query, svcOf } from "../helpers"
import type { AssignmentBodyType } from "../validators"

/** GET /admin/finesse/pricing/assignments — strategy assignments, most specific scope first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = query(req)
  const filter: Record<string, unknown> = {}
  for (const k of ["scope", "scope_id", "strategy"]) if (q[k]) filter[k] = q[k]
  const [rows, count] = await svcOf(req).listAndCountFinessePricingAssignments(filter, { take: q.limit, skip: q.offset, order: { scope: "ASC", created_at: "DESC" } })
  const labels = await scopeLabels(svcOf(req).connection(), rows as any)
  res.json({ assignments: rows.map((a: any) => ({ ...a, scope_label: a.scope_id ? labels.get(a.scope_id) ?? null : null })), count, offset: q.offset, limit: q.limit })
}

/** POST /admin/finesse/pricing/assignments — assigns a strategy (arguments checked against it: a 400 names args.<field>). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = body<AssignmentBodyType>(req)
  const by = actorOf(req).actor_id
  const [same] = await svcOf(req).listFinessePricingAssignments(
    { scope: b.scope, scope_id: b.scope_id ?? null, currency_code: b.currency_code ?? null, region_id: b.region_id ?? null },
    { take: 1 }
  )
  if (same) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `scope_id: this ${b.scope}${b.scope_id ? ` ${b.scope_id}` : ""} already has a strategy assignment for the same currency and region (${same.id}, ${same.strategy}); change that one instead`
    )
  }
  const { result } = await assignmentWorkflows.create(req.scope).run({ input: { ...b, created_by: by, updated_by: by } })
  describeAudit(req, {
    action: "pricing.assignment.created",
    summary: `strategy ${b.strategy} assigned to ${b.scope}${b.scope_id ? ` ${b.scope_id}` : ""}${b.currency_code ? ` (${b.currency_code})` : ""}`,
    resource_type: "finesse_pricing_assignment",
    resource_id: result.id,
    changes: { strategy: b.strategy, args: b.args, scope: b.scope, scope_id: b.scope_id ?? null },
  })
  res.status(201).json({ assignment: result })
}
