import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * GET /admin/finesse/promotions/audiences — the Medusa customer groups a promotion can target; a persona segment's
 * synced group is marked (personas writes `metadata.finesse_segment_id` on it; nothing of personas is imported), the
 * plugin's own experiment arm groups are left out.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer_group", fields: ["id", "name", "metadata", "created_at"] })
  const groups = (data as any[])
    .filter((g) => !g.metadata?.finesse_experiment_id)
    .map((g) => ({ id: g.id, name: g.name, persona_segment_id: g.metadata?.finesse_segment_id ?? null, created_at: g.created_at }))
    .sort((a, b) => Number(!!b.persona_segment_id) - Number(!!a.persona_segment_id) || a.name.localeCompare(b.name))
  res.json({ audiences: groups.slice(offset, offset + limit), count: groups.length, offset, limit })
}
