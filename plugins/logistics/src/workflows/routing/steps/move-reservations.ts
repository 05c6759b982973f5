import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReservationSnapshot } from "../../../engine/routing-inputs"
import type { RoutingPlan } from "../../../engine/route-plan"

type Compensation = { created: string[]; deleted: ReservationSnapshot[]; keys: string[] }

const restore = (r: ReservationSnapshot) => ({
  line_item_id: r.line_item_id,
  inventory_item_id: r.inventory_item_id,
  location_id: r.location_id,
  quantity: r.quantity,
  // putting back what was there must not fail on stock that moved meanwhile
  allow_backorder: true,
  description: r.description ?? undefined,
  metadata: r.metadata ?? undefined,
})

/**
 * Moves Medusa's reservations to the decided locations: the line's old reservations are deleted and new ones
 * created, per location and unit count, under the same inventory-item locks Medusa's own reservation step takes.
 * A failed create puts the old reservations back before the error surfaces; the compensation undoes a success.
 */
export const moveReservationsStep = createStep(
  "logistics-move-reservations",
  async (plan: RoutingPlan, { container }) => {
    const { deletes, creates } = plan.reservations
    if (plan.noop || (!deletes.length && !creates.length)) return new StepResponse({ created: [] as string[], ms: 0 }, null as Compensation | null)
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const keys = [...new Set([...deletes.map((d) => d.inventory_item_id), ...creates.map((c) => c.inventory_item_id)])]
    const t0 = performance.now()
    const created = await locking.execute(keys, async () => {
      if (deletes.length) await inventory.deleteReservationItems(deletes.map((d) => d.id))
      try {
        return creates.length ? await inventory.createReservationItems(creates as any) : []
      } catch (e) {
        if (deletes.length) await inventory.createReservationItems(deletes.map(restore) as any)
        throw e
      }
    })
    const ids = (created as { id: string }[]).map((r) => r.id)
    return new StepResponse({ created: ids, ms: Math.round((performance.now() - t0) * 100) / 100 }, { created: ids, deleted: deletes, keys })
  },
  async (comp, { container }) => {
    if (!comp) return
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    await locking.execute(comp.keys, async () => {
      if (comp.created.length) await inventory.deleteReservationItems(comp.created)
      if (comp.deleted.length) await inventory.createReservationItems(comp.deleted.map(restore) as any)
    })
  }
)
