import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { fieldCipher } from "@finesse/core/privacy"
import { validateRiskConfig } from "../../../../../lib"
import { configForRecords, loadHistoryRecords, runBacktest } from "../../../../../engine/backtest"
import { configInput, riskSettings } from "../../../../../engine/risk-settings"
import type { AdminBacktestBodyType } from "../validators"

/**
 * POST /admin/finesse/risk/backtest — a candidate setup (rules, thresholds; omitted parts are the live ones) replayed
 * on the store's scored orders of the last `days`: fraud it would have caught and blocked, good orders it would have
 * held, per rule, against the live setup. Changes nothing.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminBacktestBodyType>, res: MedusaResponse) {
  const b = req.validatedBody
  const settings = await riskSettings(req.scope)
  const candidateSet = { ...settings.ruleSet, rules: b.rules ?? settings.ruleSet.rules, thresholds: b.thresholds ?? settings.ruleSet.thresholds, model_weight: b.model_weight ?? settings.ruleSet.model_weight }
  const candidateInput = configInput(candidateSet, settings.lists, settings.model)
  const issues = validateRiskConfig(candidateInput)
  if (issues.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${issues.slice(0, 10).map((i) => `${i.path}: ${i.message}`).join("; ")}`)
  const hash = fieldCipher(req.scope).hash
  const history = await loadHistoryRecords(req.scope, { days: b.days })
  const report = runBacktest(history, configForRecords(settings.input, settings.lists, hash), configForRecords(candidateInput, settings.lists, hash))
  res.json({ backtest: report })
}
