import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { MODE_POLICIES } from "../../../../../lib/mode/fleet-region"
import { ALERT_RULES } from "../../../../../lib/performance/alert-rules"
import { DIMENSIONS } from "../../../../../lib/performance/delivery-stats"
import { DEFAULT_ROUTING_CONFIG, listRoutingStrategies } from "../../../../../lib/routing/registry"

/** GET /admin/finesse/logistics/meta — strategies and alert rules with their argument schemas, mode policies. */
export async function GET(_req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({
    strategies: listRoutingStrategies(),
    default_routing: DEFAULT_ROUTING_CONFIG,
    alert_rules: Object.values(ALERT_RULES).map((r) => ({ code: r.code, title: r.title, description: r.description, args_json_schema: z.toJSONSchema(r.argsSchema, { io: "input" }) })),
    mode_policies: MODE_POLICIES,
    dimensions: DIMENSIONS,
  })
}
