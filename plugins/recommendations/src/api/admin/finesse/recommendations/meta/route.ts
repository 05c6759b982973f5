import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RULE_ACTIONS, RULE_TARGETS } from "../../../../../lib/serving/merchandising"
import { API_PLACEMENTS, PLACEMENTS } from "../../../../../lib/serving/placements"
import { STRATEGIES } from "../../../../../lib/serving/strategies"
import { TRIGGERS } from "../../../../../lib/push/triggers"

/** GET /admin/finesse/recommendations/meta — placements, strategies, rule actions and campaign triggers for the admin forms. */
export async function GET(_req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({
    meta: {
      placements: API_PLACEMENTS.map((p) => ({ value: p, label: PLACEMENTS[p].label, anchor: PLACEMENTS[p].anchor })),
      strategies: STRATEGIES.map((s) => ({ value: s.code, label: s.label, description: s.description })),
      rule_actions: RULE_ACTIONS,
      rule_targets: RULE_TARGETS,
      triggers: TRIGGERS,
    },
  })
}
