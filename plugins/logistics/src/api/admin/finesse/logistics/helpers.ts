import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { logisticsOf } from "../../../../engine/container"

export const svcOf = (req: AuthenticatedMedusaRequest) => logisticsOf(req.scope)

export const actorOf = (req: AuthenticatedMedusaRequest) => req.auth_context?.actor_id ?? null

export function notFound(what: string, id: string): never {
  throw new MedusaError(MedusaError.Types.NOT_FOUND, `${what} ${id} was not found`)
}

export async function one<T>(p: Promise<T[]>, what: string, id: string): Promise<T> {
  const [x] = await p
  if (!x) notFound(what, id)
  return x
}

/** A decision row as the admin API answers it. */
export function decisionOut(d: any) {
  if (!d) return null
  return {
    id: d.id,
    order_id: d.order_id,
    display_id: d.display_id,
    version: d.version,
    current: d.current,
    status: d.status,
    source: d.source,
    summary: d.summary,
    split: d.split,
    shipment_count: d.shipment_count,
    split_lines: d.split_lines,
    decided_by: d.decided_by,
    shipments: d.shipments,
    unallocated: d.unallocated,
    reasons: d.reasons,
    alternatives: d.alternatives,
    warnings: d.warnings,
    search: d.search,
    destination: d.destination,
    timing: d.timing,
    reservations_moved: d.reservations_moved,
    actor_id: d.actor_id,
    note: d.note,
    created_at: d.created_at,
  }
}
