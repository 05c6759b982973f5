// Stock totals per location for the locations list (Medusa's inventory_level rows, summed in one query).
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

export async function stockTotalsByLocation(db: Knex): Promise<Map<string, { stocked: number; reserved: number; items: number }>> {
  const r = await db.raw(
    `select location_id, coalesce(sum(stocked_quantity), 0)::float stocked, coalesce(sum(reserved_quantity), 0)::float reserved, count(*) filter (where stocked_quantity > 0)::int items
       from inventory_level where deleted_at is null group by location_id`
  )
  return new Map(r.rows.map((x: any) => [x.location_id, { stocked: Number(x.stocked), reserved: Number(x.reserved), items: Number(x.items) }]))
}
