import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { WorkflowActor } from "../../../../engine/case-change"

/** The logged-in customer; the id is the session's, never the request's. */
export function customerOf(req: AuthenticatedMedusaRequest): WorkflowActor {
  return { type: "customer", id: req.auth_context.actor_id }
}
