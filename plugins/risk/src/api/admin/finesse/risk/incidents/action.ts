import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describeAudit, finesseActor } from "@finesse/core/access"
import { riskOf } from "../helpers"
import type { AdminIncidentActionBodyType } from "../validators"
import { incidentView } from "./route"

const ACTIONS = {
  acknowledge: { status: "acknowledged", from: ["open"], verb: "Acknowledged" },
  resolve: { status: "resolved", from: ["open", "acknowledged"], verb: "Resolved" },
} as const

/** Moves an incident on (open → acknowledged → resolved) with who did it, audited. */
export async function incidentAction(req: AuthenticatedMedusaRequest<AdminIncidentActionBodyType>, res: MedusaResponse, action: keyof typeof ACTIONS) {
  const a = ACTIONS[action]
  const db = riskOf(req).db()
  const found = await db.raw(`select * from finesse_risk_incident where id = ? and deleted_at is null`, [req.params.id])
  if (!found.rows.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `incident ${req.params.id} was not found`)
  const before = found.rows[0].status as string
  if (!(a.from as readonly string[]).includes(before)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `the incident is ${before}; only ${a.from.join(" or ")} incidents can be ${a.status}`)
  }
  const r = await db.raw(
    `update finesse_risk_incident set status = ?, ${a.status}_by = ?, ${a.status}_at = now(), note = coalesce(?, note), updated_at = now() where id = ? returning *`,
    [a.status, finesseActor(req).actor_id, req.validatedBody.note ?? null, req.params.id]
  )
  const incident = incidentView(r.rows[0])
  describeAudit(req, {
    action: `risk.incident.${a.status}`,
    summary: `${a.verb} KPI incident ${incident.key}: ${incident.summary}`,
    resource_type: "finesse_risk_incident",
    resource_id: incident.id,
    changes: { status: { from: before, to: incident.status } },
  })
  res.json({ incident })
}
