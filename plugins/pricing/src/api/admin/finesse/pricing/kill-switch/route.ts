import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertFinesseRole, describeAudit } from "@finesse/core/access"
import { killSwitchOn, pricingSettingsSchema } from "../../../../../lib/settings/pricing-settings"
import { savePricingSettingsWorkflow } from "../../../../../workflows/settings/save-settings"
import { actorOf, body, svcOf } from "../helpers"

/**
 * POST /admin/finesse/pricing/kill-switch { enabled, reason? } — stops (or resumes) every price change store-wide.
 * Anyone who may write can stop repricing; resuming it needs an approver.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { enabled, reason } = body<{ enabled: boolean; reason?: string }>(req)
  const current = await svcOf(req).getSettings()
  if (!enabled && killSwitchOn(current)) await assertFinesseRole(req, "approver", "switching repricing back on")
  const guardrails = { ...current.guardrails }
  if (enabled) guardrails.kill_switch = { enabled: true, ...(reason ? { reason } : {}) }
  else delete guardrails.kill_switch
  const next = pricingSettingsSchema.parse({ ...current, guardrails })
  await savePricingSettingsWorkflow(req.scope).run({ input: { settings: next, actor_id: actorOf(req).actor_id } })
  describeAudit(req, {
    action: enabled ? "pricing.kill_switch.enabled" : "pricing.kill_switch.disabled",
    summary: enabled ? `repricing switched off store-wide${reason ? `: ${reason}` : ""}` : "repricing switched back on",
    resource_type: "finesse_pricing_setting",
    resource_id: "kill_switch",
    changes: { enabled, reason: reason ?? null },
  })
  res.json({ kill_switch: { enabled, reason: enabled ? reason ?? null : null } })
}
