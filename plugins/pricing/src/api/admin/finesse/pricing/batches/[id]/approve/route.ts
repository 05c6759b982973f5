import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideRoute } from "../decide"

/** POST /admin/finesse/pricing/batches/:id/approve { proposal_ids?, note? } — approves pending proposals (all without ids). */
export const POST = (req: AuthenticatedMedusaRequest, res: MedusaResponse) => decideRoute(req, res, "approved")
