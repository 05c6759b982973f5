import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { expectStatus, waitFor } from "../../helpers/auth"

export const DAY = 86_400_000

export type FactLine = { product_id: string; variant_id?: string; quantity: number; unit_price: number; unit_cost?: number | null; discount?: number }
export type FactOrder = { customer_id: string | null; at: number; lines: FactLine[]; codes?: string[]; shipping?: number; currency?: string; index?: number }

let seq = 0

/**
 * Order facts and their lines written straight into core's fact tables, as core's subscribers and backfill write them
 * (money in minor units): the promotions analytics read facts, and real checkouts are slow.
 */
export async function insertFacts(container: MedusaContainer, orders: FactOrder[]) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const facts: Record<string, unknown>[] = []
  const lines: Record<string, unknown>[] = []
  const ids: string[] = []
  for (const o of orders) {
    const id = `order_pfx${String(++seq).padStart(6, "0")}${Math.random().toString(36).slice(2, 7)}`
    ids.push(id)
    const placed = new Date(Math.floor(o.at / 1000) * 1000)
    const currency = o.currency ?? "eur"
    let subtotal = 0
    let discount = 0
    let cost = 0
    let complete = true
    o.lines.forEach((l, i) => {
      const gross = l.quantity * l.unit_price
      const d = l.discount ?? 0
      const c = l.unit_cost === null || l.unit_cost === undefined ? null : l.unit_cost * l.quantity
      if (c === null) complete = false
      subtotal += gross
      discount += d
      cost += c ?? 0
      lines.push({
        id: `${id}_l${i}`,
        order_id: id,
        placed_at: placed,
        status: "completed",
        customer_id: o.customer_id,
        currency_code: currency,
        product_id: l.product_id,
        variant_id: l.variant_id ?? null,
        quantity: l.quantity,
        unit_price: l.unit_price,
        subtotal: gross,
        discount_total: d,
        total: gross - d,
        unit_cost: l.unit_cost ?? null,
        cost_total: c ?? 0,
        margin: gross - d - (c ?? 0),
      })
    })
    facts.push({
      id,
      customer_id: o.customer_id,
      currency_code: currency,
      placed_at: placed,
      status: "completed",
      item_count: o.lines.length,
      units: o.lines.reduce((s, l) => s + l.quantity, 0),
      subtotal,
      discount_total: discount,
      shipping_total: o.shipping ?? 0,
      total: subtotal - discount + (o.shipping ?? 0),
      cost_total: cost,
      margin: subtotal - discount - cost,
      cost_complete: complete,
      promotion_codes: o.codes ?? null,
      customer_order_index: o.index ?? 2,
    })
  }
  for (let i = 0; i < facts.length; i += 500) await db("finesse_order_fact").insert(facts.slice(i, i + 500))
  for (let i = 0; i < lines.length; i += 500) await db("finesse_order_line_fact").insert(lines.slice(i, i + 500))
  return ids
}

export async function createCustomers(container: MedusaContainer, n: number, tag: string) {
  return container.resolve(Modules.CUSTOMER).createCustomers(Array.from({ length: n }, (_, i) => ({ email: `${tag}-${i}-${Date.now()}@promotions.test`, first_name: `P${i}`, last_name: tag })))
}

export async function createGroup(container: MedusaContainer, name: string, customerIds: string[]) {
  const customers = container.resolve(Modules.CUSTOMER)
  const group = await customers.createCustomerGroups({ name })
  if (customerIds.length) await customers.addCustomerToGroup(customerIds.map((customer_id) => ({ customer_id, customer_group_id: group.id })))
  return group
}

/** Waits for a job started through the admin API; fails the test with the job's error. */
export async function finishJob(api: any, admin: { headers: Record<string, string> }, id: string) {
  const job = await waitFor(
    () => api.get(`/admin/finesse/jobs/${id}`, admin).then((x: any) => x.data.job),
    (j: any) => ["completed", "failed", "cancelled"].includes(j.state),
    60_000,
    200
  )
  if (job.state !== "completed") throw new Error(`job ${job.kind} ${job.state}: ${job.error}`)
  return job
}

export { expectStatus, waitFor }
