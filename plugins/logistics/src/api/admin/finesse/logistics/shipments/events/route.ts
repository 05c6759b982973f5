import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { applyTrackingEvents } from "../../../../../../engine/tracking"
import type { TrackingBodyType } from "../../validators"

/** POST /admin/finesse/logistics/shipments/events — carrier tracking (handed over, delivered) for delivery performance. */
export async function POST(req: AuthenticatedMedusaRequest<TrackingBodyType>, res: MedusaResponse) {
  const r = await applyTrackingEvents(req.scope, req.validatedBody.events)
  describeAudit(req, { action: "logistics.tracking.imported", summary: `${req.validatedBody.events.length} tracking events: ${r.updated} shipments updated, ${r.unmatched.length} unmatched`, resource_type: "finesse_logistics_shipment", changes: { events: req.validatedBody.events.length, updated: r.updated } })
  res.json({ updated: r.updated, unmatched: r.unmatched })
}
