import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideRoute } from "../decide"

/** POST /admin/finesse/pricing/batches/:id/reject { proposal_ids?, note? } — rejects pending proposals (all without ids). */
export const POST = (req: AuthenticatedMedusaRequest, res: MedusaResponse) => decideRoute(req, res, "rejected")
