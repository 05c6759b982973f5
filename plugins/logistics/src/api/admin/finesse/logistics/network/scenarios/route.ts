import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { runScenario } from "../../../../../../engine/network"
import { actorOf, svcOf } from "../../helpers"
import type { PageQueryType, ScenarioBodyType } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as PageQueryType
  const [scenarios, count] = await svcOf(req).listAndCountFinesseLogisticsWhatIfs({}, { skip: offset, take: limit, order: { created_at: "DESC" } })
  res.json({ scenarios, count, offset, limit })
}

/** POST — runs a what-if (add, move or re-choose distribution centres) on the store's orders and keeps it. */
export async function POST(req: AuthenticatedMedusaRequest<ScenarioBodyType>, res: MedusaResponse) {
  const { name, ...input } = req.validatedBody
  const result = await runScenario(req.scope, input)
  const scenario: any = await svcOf(req).createFinesseLogisticsWhatIfs({ name, kind: input.kind, input, result, created_by: actorOf(req) } as any)
  describeAudit(req, {
    action: "logistics.network_scenario.created",
    summary: `Network what-if "${name}" (${input.kind}): ${result.saved_km} km (${result.saved_pct} %) saved over ${input.days} days`,
    resource_type: "finesse_logistics_scenario",
    resource_id: scenario.id,
    changes: { kind: input.kind, saved_km: result.saved_km },
  })
  res.status(201).json({ scenario })
}
