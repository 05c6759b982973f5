import type { Queryable } from "./bulk/table"
import type { SeedContext } from "./context"

/** Existing orders by plan key (the key is kept in order.metadata.demo_key). */
export async function findOrdersByKey(ctx: SeedContext, keys: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (let i = 0; i < keys.length; i += 5000) {
    const res = await ctx.db.raw(
      `select id, metadata->>'demo_key' as key from "order" where deleted_at is null and metadata->>'demo_key' = any(?::text[])`,
      [`{${keys.slice(i, i + 5000).join(",")}}`]
    )
    for (const r of res.rows as { id: string; key: string }[]) out.set(r.key, r.id)
  }
  return out
}

/**
 * Runs `fn` on one connection of Medusa's own pool (node-postgres), for the bulk writers' multi-statement
 * transactions. Commits do not wait for the WAL flush (synchronous_commit off): a crash can lose the last
 * batches, which the next run writes again (everything is checked for existence first), and the seed does not
 * spend its time waiting for fsync.
 */
export async function withConnection<T>(ctx: SeedContext, fn: (c: Queryable) => Promise<T>): Promise<T> {
  const client = ctx.db.client as any
  const conn = await client.acquireConnection()
  try {
    await conn.query("set synchronous_commit to off")
    return await fn(conn)
  } finally {
    await conn.query("reset synchronous_commit").catch(() => undefined)
    await client.releaseConnection(conn)
  }
}

