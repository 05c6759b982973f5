import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { summariseModes, type ModeOption } from "../../../../../lib/mode/choose-mode"
import { svcOf } from "../helpers"

/**
 * GET /admin/finesse/logistics/modes?days=30 — own fleet against carriers per delivery region: shipments each
 * mode took, what both would have cost where both were possible, and the mean promised days.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const days = Number((req.validatedQuery as { days: number }).days)
  const r = await svcOf(req)
    .db()
    .raw(
      `select region, mode, cost, mode_options, created_at from finesse_logistics_shipment where deleted_at is null and status <> 'canceled' and created_at >= now() - (? || ' days')::interval`,
      [String(days)]
    )
  const rows = r.rows.map((s: any) => {
    const options = (s.mode_options ?? []) as ModeOption[]
    const chosen = options.find((o) => o.mode === s.mode) ?? null
    return { region: s.region, now: new Date(s.created_at).getTime(), choice: { mode: s.mode, chosen, options, policy: "hybrid_cheapest" as const, reason: "" } }
  })
  res.json({ days, regions: summariseModes(rows) })
}
