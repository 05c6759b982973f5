import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { epochDay, isoDay } from "../../../../../../lib"
import { kpiSeriesView } from "../../../../../../engine/anomalies"
import { riskOf } from "../../helpers"
import { incidentView } from "../route"

/** GET /admin/finesse/risk/incidents/:id — one incident, its alert, and its metrics' observed and expected values around it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const r = await riskOf(req).db().raw(
    `select i.*, a.id alert_id, a.status alert_status, a.channel alert_channel, a.sent_at alert_sent_at, a.title alert_title
       from finesse_risk_incident i left join finesse_risk_alert a on a.incident_id = i.id and a.deleted_at is null
      where i.id = ? and i.deleted_at is null`,
    [req.params.id]
  )
  if (!r.rows.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `incident ${req.params.id} was not found`)
  const incident = incidentView(r.rows[0])
  const to = isoDay(Math.min(epochDay(incident.end_day) + 14, Math.floor(Date.now() / 86_400_000) - 1))
  const days = Math.max(14, epochDay(to) - epochDay(incident.start_day) + 43)
  const series = await kpiSeriesView(req.scope, { days, to, metrics: incident.metrics })
  res.json({ incident, series })
}
