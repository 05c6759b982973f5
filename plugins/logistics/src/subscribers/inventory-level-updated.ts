import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { rerouteJob } from "../queues/reroute/definition"

/**
 * A stock level changed: when it now holds more reservations than stock, the orders behind the shortfall are
 * re-routed by a job (so the admin's stock update answers at once).
 */
export default async function rerouteOnShortfall({ event, container }: SubscriberArgs<{ id: string }>) {
  const inventory = container.resolve(Modules.INVENTORY)
  const [level] = (await inventory.listInventoryLevels({ id: event.data.id }, { select: ["id", "inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity", "updated_at"] })) as any[]
  if (!level || Number(level.reserved_quantity) <= Number(level.stocked_quantity)) return
  await rerouteJob.enqueue(container, {
    location_id: level.location_id,
    inventory_item_id: level.inventory_item_id,
    all: false,
    run: `level-${level.id}-${new Date(level.updated_at ?? Date.now()).getTime()}`,
  })
}

export const config: SubscriberConfig = { event: "inventory-level.updated", context: { subscriberId: "finesse-logistics-reroute-on-shortfall" } }
