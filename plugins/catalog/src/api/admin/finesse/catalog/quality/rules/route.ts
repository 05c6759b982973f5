import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { QUALITY_RULES } from "../../../../../../lib/quality/registry"
import { catalogService } from "../../helpers"

/** GET /admin/finesse/catalog/quality/rules → every rule (code, label, default weight and arguments) with the store's setting. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const settings = new Map((await catalogService(req).ruleSettings()).map((s) => [s.code, s]))
  const rules = Object.values(QUALITY_RULES).map((r) => {
    const s = settings.get(r.code)
    return { code: r.code, label: r.label, default_weight: r.weight, default_args: r.defaults, enabled: s?.enabled ?? true, weight: s?.weight ?? r.weight, args: { ...r.defaults, ...(s?.args ?? {}) }, updated_at: s?.updated_at ?? null }
  })
  res.json({ rules, count: rules.length })
}
