import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { killSwitchOn } from "../../../../../lib/settings/pricing-settings"
import { svcOf } from "../helpers"

/** GET /admin/finesse/pricing/overview — the kill switch, the price list, the open batch and what waits (alerts, approvals). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const svc = svcOf(req)
  const db = svc.connection()
  const [settings, priceListId, [latest], open, counts, competitors, assignments] = await Promise.all([
    svc.getSettings(),
    svc.getPriceListId(),
    svc.listFinessePricingBatches({}, { take: 1, order: { created_at: "DESC" } }),
    svc.listFinessePricingBatches({ status: "proposed" }, { take: 1, order: { created_at: "DESC" } }),
    db.raw(`select
      (select count(*)::int from finesse_pricing_alert where status = 'open' and deleted_at is null) open_alerts,
      (select count(*)::int from finesse_pricing_alert where status = 'open' and code = 'price_war' and deleted_at is null) price_wars,
      (select count(*)::int from finesse_pricing_price_change where status = 'applied' and deleted_at is null) prices_in_list,
      (select count(*)::int from finesse_pricing_observation where deleted_at is null) observations`),
    svc.listAndCountFinessePricingCompetitors({}, { take: 1 }),
    svc.listAndCountFinessePricingAssignments({ enabled: true }, { take: 1 }),
  ])
  const openBatch = open[0] ?? null
  const pending = openBatch ? await svc.countProposalsByStatus(openBatch.id) : {}
  res.json({
    overview: {
      kill_switch: { enabled: killSwitchOn(settings), reason: settings.guardrails.kill_switch?.reason ?? null },
      price_list_id: priceListId,
      latest_batch: latest ?? null,
      open_batch: openBatch ? { ...openBatch, proposals: pending } : null,
      ...counts.rows[0],
      competitors: competitors[1],
      assignments: assignments[1],
      settings,
    },
  })
}
