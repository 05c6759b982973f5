import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { responseRuleWorkflows } from "../../../../../workflows/common/entity-steps"
import { actorOf, body, query, svcOf } from "../helpers"

/** GET /admin/finesse/pricing/response-rules */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = query(req)
  const [rows, count] = await svcOf(req).listAndCountFinessePricingResponseRules({}, { take: q.limit, skip: q.offset, order: { created_at: "DESC" } })
  res.json({ response_rules: rows, count, offset: q.offset, limit: q.limit })
}

/** POST /admin/finesse/pricing/response-rules — "when X undercuts us by more than y %, match or beat it" (feeds the competitive strategy). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = body(req)
  const { result } = await responseRuleWorkflows.create(req.scope).run({ input: { ...b, created_by: actorOf(req).actor_id } })
  describeAudit(req, { action: "pricing.response_rule.created", summary: `response rule "${b.name}": ${b.action} when undercut by more than ${b.undercut_pct} %`, resource_type: "finesse_pricing_response_rule", resource_id: result.id, changes: b })
  res.status(201).json({ response_rule: result })
}
