import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { UnionFind } from "../lib"
import { ordersOnSharedDevices } from "../reads/core-tables"

export type DemoRing = {
  /** customer ids, by the time of their first order */
  customers: string[]
  /** each customer's orders in time order, with the device */
  orders: Map<string, Array<{ order_id: string; anonymous_id: string; placed_at: Date }>>
}

/**
 * The demo's fraud ring as a user would find it in the store: customers linked by storefront devices they share
 * (honest demo customers never share one), the largest such group of the last `days`. Null when there is none.
 */
export async function findDemoRing(container: MedusaContainer, now: Date, days = 60): Promise<DemoRing | null> {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows = await ordersOnSharedDevices(db, new Date(now.getTime() - days * 86_400_000))
  if (!rows.length) return null
  const index = new Map<string, number>()
  const ids: string[] = []
  const uf = new UnionFind(64)
  const at = (c: string) => {
    let i = index.get(c)
    if (i === undefined) {
      i = uf.add()
      index.set(c, i)
      ids.push(c)
    }
    return i
  }
  const byDevice = new Map<string, number>()
  for (const r of rows) {
    const i = at(r.customer_id)
    const j = byDevice.get(r.anonymous_id)
    if (j === undefined) byDevice.set(r.anonymous_id, i)
    else uf.union(i, j)
  }
  const groups = new Map<number, string[]>()
  for (const c of ids) {
    const root = uf.find(index.get(c)!)
    groups.set(root, [...(groups.get(root) ?? []), c])
  }
  const largest = [...groups.values()].sort((a, b) => b.length - a.length)[0]
  if (!largest || largest.length < 3) return null
  const members = new Set(largest)
  const orders = new Map<string, Array<{ order_id: string; anonymous_id: string; placed_at: Date }>>()
  for (const r of rows) {
    if (!members.has(r.customer_id)) continue
    const list = orders.get(r.customer_id) ?? []
    list.push({ order_id: r.order_id, anonymous_id: r.anonymous_id, placed_at: new Date(r.placed_at) })
    orders.set(r.customer_id, list)
  }
  const customers = [...members].sort((a, b) => orders.get(a)![0].placed_at.getTime() - orders.get(b)![0].placed_at.getTime() || a.localeCompare(b))
  return { customers, orders }
}
