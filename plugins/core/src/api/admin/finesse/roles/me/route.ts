import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { finesseActor, finesseRole } from "../../../../../access"

/** GET /admin/finesse/roles/me — the signed-in user's Finesse role (pages hide what it may not do). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ user_role: { user_id: finesseActor(req).actor_id, role: await finesseRole(req) } })
}
