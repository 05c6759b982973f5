import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { expectStatus, waitFor } from "../../helpers/auth"

export const DAY = 86_400_000

export type FactOrder = {
  customer_id: string
  daysAgo: number
  subtotal: number
  discount?: number
  units?: number
  categories?: string[]
}

let seq = 0

/**
 * Order facts written straight into core's fact tables, as core's subscribers and backfill would write them (money
 * in minor units). Real checkouts are slow; these tests are about what personas does with the facts.
 */
export async function insertFacts(container: MedusaContainer, orders: FactOrder[], now = Date.now()) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const facts: Record<string, unknown>[] = []
  const lines: Record<string, unknown>[] = []
  for (const o of orders) {
    const id = `order_fx${String(++seq).padStart(6, "0")}${Math.random().toString(36).slice(2, 8)}`
    const placed = new Date(Math.floor((now - o.daysAgo * DAY) / 1000) * 1000)
    const discount = o.discount ?? 0
    facts.push({
      id,
      customer_id: o.customer_id,
      currency_code: "eur",
      placed_at: placed,
      status: "completed",
      item_count: (o.categories ?? ["cat_a"]).length,
      units: o.units ?? 1,
      subtotal: o.subtotal,
      discount_total: discount,
      total: o.subtotal - discount,
    })
    ;(o.categories ?? ["cat_a"]).forEach((c, i) =>
      lines.push({
        id: `${id}_l${i}`,
        order_id: id,
        placed_at: placed,
        status: "completed",
        customer_id: o.customer_id,
        currency_code: "eur",
        product_id: `prod_${c}`,
        category_id: c,
        quantity: 1,
        unit_price: Math.round(o.subtotal / (o.categories ?? ["cat_a"]).length),
        subtotal: Math.round(o.subtotal / (o.categories ?? ["cat_a"]).length),
        total: Math.round(o.subtotal / (o.categories ?? ["cat_a"]).length),
      })
    )
  }
  for (let i = 0; i < facts.length; i += 500) await db("finesse_order_fact").insert(facts.slice(i, i + 500))
  for (let i = 0; i < lines.length; i += 500) await db("finesse_order_line_fact").insert(lines.slice(i, i + 500))
}

export type Kind = "regular" | "lapsed" | "one_time"

/**
 * A small store of `n` customers in three behaviours: regulars order every ~3 weeks all year, lapsed ones stopped
 * 200+ days ago, one-time buyers ordered once. Returns the customers (created through the customer module).
 */
export async function seedStore(container: MedusaContainer, n = 45, now = Date.now()) {
  const customers = await container.resolve(Modules.CUSTOMER).createCustomers(
    Array.from({ length: n }, (_, i) => ({ email: `p${i}-${now}@personas.test`, first_name: `P${i}`, last_name: "Test" }))
  )
  const kinds: Kind[] = customers.map((_, i) => (["regular", "lapsed", "one_time"] as const)[i % 3])
  const orders: FactOrder[] = []
  customers.forEach((c, i) => {
    const kind = kinds[i]
    if (kind === "regular") for (let d = 3 + (i % 5); d < 360; d += 20 + (i % 4)) orders.push({ customer_id: c.id, daysAgo: d, subtotal: 4000 + (i % 7) * 500, categories: ["cat_shirts", "cat_hats"] })
    if (kind === "lapsed") for (let k = 0; k < 4; k++) orders.push({ customer_id: c.id, daysAgo: 230 + (i % 9) * 10 + k * 25, subtotal: 3000 + (i % 5) * 300, discount: 500 })
    if (kind === "one_time") orders.push({ customer_id: c.id, daysAgo: 40 + (i % 11) * 20, subtotal: 2500 + (i % 3) * 200 })
  })
  await insertFacts(container, orders, now)
  return { customers, kinds, orders }
}

/** Starts a recompute through the admin API and waits for the job to finish. */
export async function recompute(api: any, admin: { headers: Record<string, string> }) {
  const r = await api.post("/admin/finesse/personas/recompute", {}, admin)
  const job = await waitFor(
    () => api.get(`/admin/finesse/jobs/${r.data.job.id}`, admin).then((x: any) => x.data.job),
    (j: any) => ["completed", "failed"].includes(j.state),
    120_000,
    250
  )
  if (job.state !== "completed") throw new Error(`recompute failed: ${job.error}`)
  return { job, status: r.status }
}

/** Waits until every open personas job (segments, recompute) has finished. */
export async function settleJobs(api: any, admin: { headers: Record<string, string> }) {
  await waitFor(
    () => api.get(`/admin/finesse/jobs?state=queued,active,retrying&limit=50`, admin).then((x: any) => x.data.jobs.filter((j: any) => j.kind.startsWith("personas."))),
    (jobs: any[]) => jobs.length === 0,
    60_000,
    200
  )
}

export { expectStatus, waitFor }
