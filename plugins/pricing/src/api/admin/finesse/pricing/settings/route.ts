import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { pricingSettingsSchema } from "../../../../../lib/settings/pricing-settings"
import { savePricingSettingsWorkflow } from "../../../../../workflows/settings/save-settings"
import { actorOf, body, svcOf } from "../helpers"
import type { SettingsBodyType } from "../validators"

/** GET /admin/finesse/pricing/settings — guardrails, approval thresholds, endings and alert rules in force. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ settings: await svcOf(req).getSettings() })
}

/** POST /admin/finesse/pricing/settings — replaces the given sections (a guardrail is on when its key is present). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const patch = body<SettingsBodyType>(req)
  const current = await svcOf(req).getSettings()
  const next = pricingSettingsSchema.parse({ ...current, ...patch })
  const { result } = await savePricingSettingsWorkflow(req.scope).run({ input: { settings: next, actor_id: actorOf(req).actor_id } })
  describeAudit(req, {
    action: "pricing.settings.updated",
    summary: `pricing settings changed: ${Object.keys(patch).join(", ") || "nothing"}`,
    resource_type: "finesse_pricing_setting",
    resource_id: "settings",
    changes: { before: Object.fromEntries(Object.keys(patch).map((k) => [k, (result.previous as any)[k]])), after: patch },
  })
  res.json({ settings: result.settings })
}
