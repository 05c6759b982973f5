import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { ALERT_RULES } from "../../../../../lib/competitors/alerts"
import { GUARDRAILS } from "../../../../../lib/guardrails/registry"
import { PRICE_ENDINGS } from "../../../../../lib/money/price-ending"
import { STRATEGIES } from "../../../../../lib/strategies/registry"
import { FETCHERS } from "../../../../../fetchers/registry"

const schemaOf = (s: z.ZodTypeAny) => {
  try {
    return z.toJSONSchema(s, { io: "input", unrepresentable: "any" })
  } catch {
    return null
  }
}

/** GET /admin/finesse/pricing/strategies — every strategy, guardrail, alert rule and fetcher by stable code, with its argument schema. */
export async function GET(_req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({
    strategies: Object.values(STRATEGIES).map((s) => ({ code: s.code, description: s.description, args_schema: schemaOf(s.argsSchema) })),
    guardrails: GUARDRAILS.map((g) => ({ code: g.code, description: g.description, args_schema: schemaOf(g.argsSchema) })),
    alert_rules: ALERT_RULES.map((r) => ({ code: r.code, description: r.description, args_schema: schemaOf(r.argsSchema) })),
    fetchers: Object.values(FETCHERS).map((f) => ({ code: f.code, description: f.description, config_schema: schemaOf(f.configSchema) })),
    price_endings: PRICE_ENDINGS,
  })
}
