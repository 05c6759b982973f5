import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminIncidentActionBodyType } from "../../../validators"
import { incidentAction } from "../../action"

/** POST /admin/finesse/risk/incidents/:id/acknowledge — someone is on it (an open incident). */
export async function POST(req: AuthenticatedMedusaRequest<AdminIncidentActionBodyType>, res: MedusaResponse) {
  await incidentAction(req, res, "acknowledge")
}
