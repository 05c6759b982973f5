import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadRoutingContext } from "../../../../../../engine/routing-inputs"
import { decisionOut, svcOf } from "../../helpers"

/**
 * GET /admin/finesse/logistics/orders/:id — why the order ships from where it does: the current decision with
 * its reasons and shipments, earlier versions, and the order's open lines with the stock each location has for
 * them (for an override).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const svc = svcOf(req)
  const ctx = await loadRoutingContext(req.scope, req.params.id)
  const [history, shipments] = await Promise.all([svc.decisionHistory(req.params.id), ctx.current ? svc.shipmentsOfDecision(ctx.current.id) : Promise.resolve([])])
  const lines = ctx.order.items
    .filter((i) => i.quantity - i.fulfilled > 0 && i.inventory.length)
    .map((i) => {
      const inv = i.inventory[0]
      const stock: Record<string, number> = {}
      for (const l of ctx.input.locations) stock[l.id] = Math.floor((ctx.input.stock[inv.inventory_item_id]?.[l.id] ?? 0) / inv.required_quantity)
      return { line_item_id: i.id, title: i.title, quantity: i.quantity - i.fulfilled, stock }
    })
  res.json({
    routing: {
      order_id: ctx.order.id,
      display_id: ctx.order.display_id,
      decision: decisionOut(ctx.current),
      shipments,
      history: history.map((h: any) => ({ id: h.id, version: h.version, current: h.current, status: h.status, source: h.source, summary: h.summary, actor_id: h.actor_id, note: h.note, created_at: h.created_at })),
      lines,
      locations: ctx.input.locations.map((l) => ({ id: l.id, name: l.name, active: l.active, daily_capacity: l.daily_capacity, used_today: l.used_today })),
      destination: ctx.destination,
    },
  })
}
