import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describeAudit } from "@finesse/core/access"
import { parseRoutingConfig } from "../../../../../../lib/routing/registry"
import { actorOf, svcOf } from "../../helpers"
import type { RoutingConfigBodyType } from "../../validators"

/** GET /admin/finesse/logistics/routing/config — the strategy chain in force. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { config } = await svcOf(req).routingConfig()
  res.json({ routing: config })
}

/** POST — replaces the strategy chain; each strategy's arguments are checked against its schema. */
export async function POST(req: AuthenticatedMedusaRequest<RoutingConfigBodyType>, res: MedusaResponse) {
  const body = req.validatedBody
  const parsed = parseRoutingConfig(body as any)
  if (!parsed.config) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`)
  const svc = svcOf(req)
  const before = (await svc.routingConfig()).config
  await svc.setSetting("routing", parsed.config, actorOf(req))
  describeAudit(req, {
    action: "logistics.routing_rules.updated",
    summary: `Routing rules: ${parsed.config.mode} ${parsed.config.strategies.map((s) => s.code).join(" → ")}${parsed.config.allow_split ? "" : " (no splits)"}`,
    resource_type: "finesse_logistics_setting",
    resource_id: "routing",
    changes: { before: before.strategies.map((s) => s.code), after: parsed.config.strategies.map((s) => s.code), mode: parsed.config.mode, allow_split: parsed.config.allow_split },
  })
  res.json({ routing: parsed.config })
}
