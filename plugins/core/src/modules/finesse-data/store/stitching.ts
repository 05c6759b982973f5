import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * Identity stitching: earlier anonymous events of a browser become the customer's once that browser is known to
 * belong to them (a logged-in event, or the cart the customer checked out). Returns how many events changed.
 * Events already attached to another customer stay theirs (shared devices).
 */
export async function stitchAnonymous(db: Knex, pairs: { anonymous_id: string; customer_id: string }[]): Promise<number> {
  const unique = [...new Map(pairs.map((p) => [`${p.anonymous_id}\u0000${p.customer_id}`, p])).values()]
  if (!unique.length) return 0
  const r = await db.raw(
    `update finesse_event e set customer_id = v.customer_id, updated_at = now()
       from (values ${unique.map(() => "(?::text, ?::text)").join(",")}) as v(anonymous_id, customer_id)
      where e.anonymous_id = v.anonymous_id and e.customer_id is null and e.deleted_at is null`,
    unique.flatMap((p) => [p.anonymous_id, p.customer_id])
  )
  return r.rowCount ?? 0
}
