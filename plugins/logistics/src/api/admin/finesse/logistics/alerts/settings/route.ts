import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describeAudit } from "@finesse/core/access"
import { ALERT_RULES } from "../../../../../../lib/performance/alert-rules"
import { actorOf, svcOf } from "../../helpers"
import type { AlertSettingsBodyType } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ alert_settings: await svcOf(req).alertSettings() })
}

/** POST — the alert rules (each checked against its schema: 400 names rules[i].args.x) and where alerts go. */
export async function POST(req: AuthenticatedMedusaRequest<AlertSettingsBodyType>, res: MedusaResponse) {
  const b = req.validatedBody
  const issues: string[] = []
  const rules = b.rules.map((r, i) => {
    const def = ALERT_RULES[r.code]
    if (!def) {
      issues.push(`rules[${i}].code: unknown alert rule "${r.code}"`)
      return r
    }
    const p = def.argsSchema.safeParse(r.args)
    if (!p.success) for (const e of p.error.issues) issues.push(`rules[${i}].args${e.path.map((x) => (typeof x === "number" ? `[${x}]` : `.${String(x)}`)).join("")}: ${e.message}`)
    return { code: r.code, args: p.success ? (p.data as Record<string, unknown>) : r.args }
  })
  if (issues.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${issues.join("; ")}`)
  const value = { rules, channel: b.channel, to: b.to }
  await svcOf(req).setSetting("alerts", value, actorOf(req))
  describeAudit(req, { action: "logistics.alert_rules.updated", summary: `Delivery alert rules: ${rules.map((r) => r.code).join(", ") || "none"} → ${b.channel}`, resource_type: "finesse_logistics_setting", resource_id: "alerts", changes: { rules: rules.length, channel: b.channel } })
  res.json({ alert_settings: value })
}
