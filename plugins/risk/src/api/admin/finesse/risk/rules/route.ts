import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { describeAudit, finesseActor } from "@finesse/core/access"
import { RISK_SIGNALS, validateRiskConfig } from "../../../../../lib"
import { configInput, invalidateRiskSettings, loadListEntries, loadRuleSet } from "../../../../../engine/risk-settings"
import { riskOf } from "../helpers"
import type { AdminRuleSetBodyType } from "../validators"

const signalViews = () =>
  RISK_SIGNALS.map((s) => ({
    code: s.code,
    title: s.title,
    description: s.description,
    weight: s.weight,
    default_args: s.defaultArgs,
    args_schema: z.toJSONSchema(s.argsSchema as z.ZodType, { unrepresentable: "any" }),
  }))

/** GET /admin/finesse/risk/rules — the live rule set, every signal with its defaults and argument schema, the versions. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [rule_set, versions] = await Promise.all([
    loadRuleSet(req.scope),
    riskOf(req).listFinesseRiskRuleSets({}, { order: { version: "DESC" }, take: 50, select: ["id", "version", "note", "created_by", "created_at", "thresholds"] }),
  ])
  res.json({ rule_set, signals: signalViews(), versions })
}

/**
 * POST /admin/finesse/risk/rules — saves a new version of the rules (weights, arguments, enabled) and thresholds; it
 * is live for the next order. Needs the approver role (it changes which orders are held or refused); a wrong
 * argument answers 400 naming it (`rules.2.args.windows.0.limit`).
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminRuleSetBodyType>, res: MedusaResponse) {
  const b = req.validatedBody
  const [current, lists] = await Promise.all([loadRuleSet(req.scope), loadListEntries(req.scope)])
  const next = { ...current, rules: b.rules, thresholds: b.thresholds, model_weight: b.model_weight ?? current.model_weight }
  const issues = validateRiskConfig(configInput(next, lists, null))
  if (issues.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${issues.slice(0, 10).map((i) => `${i.path}: ${i.message}`).join("; ")}`)
  }
  const actor = finesseActor(req)
  const version = current.version + 1
  const [saved] = await riskOf(req).createFinesseRiskRuleSets([
    { version, rules: b.rules as any, thresholds: b.thresholds as any, model_weight: next.model_weight, note: b.note ?? null, created_by: actor.actor_id },
  ])
  invalidateRiskSettings()
  const changed = b.rules.map((r) => r.code)
  describeAudit(req, {
    action: "risk.rules.changed",
    summary: `Risk rules v${version}: review at ${b.thresholds.review}, block at ${b.thresholds.block}${changed.length ? `; settings for ${changed.join(", ")}` : ""}`,
    resource_type: "finesse_risk_rule_set",
    resource_id: saved.id,
    changes: { version, previous_version: current.version, thresholds: { from: current.thresholds, to: b.thresholds }, rules: b.rules, model_weight: next.model_weight },
  })
  res.status(201).json({ rule_set: await loadRuleSet(req.scope) })
}
