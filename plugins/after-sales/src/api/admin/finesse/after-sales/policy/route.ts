import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { listPolicyRules } from "../../../../../lib/policy/policy-registry"
import { REPLY_VARIABLES } from "../../../../../lib/replies/reply-template"
import { CONFIG_KEYS, loadConfig, type ConfigKey } from "../../../../../engine/config"
import { saveConfigWorkflow } from "../../../../../workflows/config/save-config"
import { agentOf } from "../helpers"

async function policyView(req: AuthenticatedMedusaRequest) {
  const c = await loadConfig(req.scope, { fresh: true })
  return {
    return_policy: c.returnPolicy,
    sla_policy: c.slaPolicy,
    business_calendar: c.calendarDefinition,
    settings: c.settings,
    versions: c.versions,
    rules: listPolicyRules(),
    reply_variables: REPLY_VARIABLES,
  }
}

/** GET /admin/finesse/after-sales/policy: the return policy, SLA targets, business hours and settings, with the rule catalogue for the editor. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ policy: await policyView(req) })
}

/** POST /admin/finesse/after-sales/policy { return_policy?, sla_policy?, business_calendar?, settings? }: saves each given part as a new version. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = (req as any).validatedBody as Partial<Record<ConfigKey, unknown>>
  const actor = agentOf(req)
  const saved: Array<{ key: string; version: number }> = []
  for (const key of CONFIG_KEYS) {
    if (b[key] === undefined) continue
    const { result } = await saveConfigWorkflow(req.scope).run({ input: { key, value: b[key], actor } })
    saved.push({ key, version: result.version })
  }
  const rules = (b.return_policy as any)?.rules
  describeAudit(req, {
    action: "after-sales.policy.updated",
    summary: `Saved ${saved.map((s) => `${s.key.replace(/_/g, " ")} v${s.version}`).join(", ")}`,
    resource_type: "finesse_after_sales_config",
    resource_id: saved.map((s) => s.key).join(","),
    changes: { saved, ...(rules ? { rules: rules.map((r: any) => ({ id: r.id ?? r.code, code: r.code, enabled: r.enabled !== false, args: r.args ?? {} })) } : {}) },
  })
  res.json({ policy: await policyView(req), saved })
}
