import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit, finesseActor } from "@finesse/core/access"
import { MedusaError } from "@medusajs/framework/utils"
import { QUALITY_RULES } from "../../../../../../../lib/quality/registry"
import { updateQualityRuleWorkflow } from "../../../../../../../workflows/settings/update-settings"
import { catalogService } from "../../../helpers"
import type { AdminRuleBodyType } from "../../../validators"

/**
 * POST /admin/finesse/catalog/quality/rules/:code { enabled?, weight?, args? } → the rule's new setting. Arguments
 * are checked against the rule's schema (400 names args.<field>); the next scoring uses them.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminRuleBodyType>, res: MedusaResponse) {
  const rule = QUALITY_RULES[req.params.code]
  if (!rule) throw new MedusaError(MedusaError.Types.NOT_FOUND, `no quality rule "${req.params.code}"; known: ${Object.keys(QUALITY_RULES).join(", ")}`)
  const body = req.validatedBody
  const current = (await catalogService(req).ruleSettings()).find((s) => s.code === rule.code)
  const args = body.args === undefined ? (current?.args ?? null) : body.args
  if (args) {
    const parsed = rule.argsSchema.safeParse({ ...rule.defaults, ...args })
    if (!parsed.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${parsed.error.issues.map((i) => `args.${i.path.join(".")}: ${i.message}`).join("; ")}`)
  }
  const next = { code: rule.code, enabled: body.enabled ?? current?.enabled ?? true, weight: body.weight === undefined ? (current?.weight ?? null) : body.weight, args, by: finesseActor(req).actor_id }
  const { result: before } = await updateQualityRuleWorkflow(req.scope).run({ input: next })
  describeAudit(req, {
    action: "catalog.quality_rule.updated",
    summary: `Quality rule ${rule.code} ${next.enabled ? "on" : "off"}${next.weight !== null ? `, weight ${next.weight}` : ""}`,
    resource_type: "finesse_catalog_quality_rule",
    resource_id: rule.code,
    changes: { before: before ? { enabled: before.enabled, weight: before.weight, args: before.args } : null, after: { enabled: next.enabled, weight: next.weight, args: next.args } },
  })
  res.json({ rule: { code: rule.code, label: rule.label, enabled: next.enabled, weight: next.weight ?? rule.weight, args: { ...rule.defaults, ...(next.args ?? {}) } } })
}
