import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { FINESSE_PERSONAS_MODULE } from "../../../../modules/finesse-personas"
import type FinessePersonasModuleService from "../../../../modules/finesse-personas/service"

export const personasOf = (req: { scope: { resolve: <T>(k: string) => T } }) =>
  req.scope.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)

/** The admin user behind a request (recorded as "by whom" on syncs and new records). */
export const actorOf = (req: AuthenticatedMedusaRequest) => req.auth_context?.actor_id ?? null

/** ISO times for epoch-ms fields of a stored profile row. */
export function profileJson<T extends { first_order_at: number | null; last_order_at: number | null; computed_at: number }>(p: T) {
  const iso = (v: number | null) => (v === null ? null : new Date(v).toISOString())
  return { ...p, first_order_at: iso(p.first_order_at), last_order_at: iso(p.last_order_at), computed_at: iso(p.computed_at) }
}
