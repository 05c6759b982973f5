import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminIncidentActionBodyType } from "../../../validators"
import { incidentAction } from "../../action"

/** POST /admin/finesse/risk/incidents/:id/resolve — closes the incident (open or acknowledged). */
export async function POST(req: AuthenticatedMedusaRequest<AdminIncidentActionBodyType>, res: MedusaResponse) {
  await incidentAction(req, res, "resolve")
}
