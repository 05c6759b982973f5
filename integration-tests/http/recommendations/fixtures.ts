import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import { waitFor } from "../../helpers/auth"
import { createCustomerWithToken, createStoreFixture, placeOrder, type StoreFixture } from "../../helpers/store-fixture"

export type Shop = {
  store: StoreFixture
  /** title → product */
  p: Record<"shirt" | "tie" | "hat" | "mug" | "tea" | "socks", StoreFixture["products"][number]>
  customers: { id: string; token: string }[]
}

/**
 * A small clothing-and-kitchen shop with history a reader can follow: three customers bought a shirt with a tie
 * (one also a hat), two bought a mug with tea, one of them twice. Socks were never bought.
 */
export async function seedShop(container: MedusaContainer, api: any): Promise<Shop> {
  const store = await createStoreFixture(container, {
    products: [
      { title: "Linen shirt", price: 40, category: "Tops" },
      { title: "Silk tie", price: 25, category: "Accessories" },
      { title: "Wool hat", price: 30, category: "Accessories" },
      { title: "Stoneware mug", price: 12, category: "Kitchen" },
      { title: "Green tea", price: 8, category: "Kitchen" },
      { title: "Linen socks", price: 9, category: "Accessories" },
    ],
  })
  const [shirt, tie, hat, mug, tea, socks] = store.products
  const customers = []
  for (let i = 0; i < 5; i++) {
    const c = await createCustomerWithToken(container, `recs-${i}-${Date.now()}@finesse.test`)
    customers.push({ id: c.customer.id, token: c.token })
  }
  const buy = (i: number, items: { variantId: string }[]) =>
    placeOrder(api, store, { token: customers[i].token, email: `recs-${i}@finesse.test`, items: items.map((x) => ({ variantId: x.variantId, quantity: 1 })) })
  await buy(0, [shirt, tie])
  await buy(1, [shirt, tie])
  await buy(2, [shirt, tie, hat])
  await buy(3, [mug, tea])
  await buy(3, [mug, tea])
  await buy(4, [mug, tea])
  // core's order subscriber writes the facts the models learn from
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await waitFor(() => knex("finesse_order_fact").count("* as n").then((r: any) => Number(r[0].n)), (n) => n >= 6, 60_000, 250)
  return { store, p: { shirt, tie, hat, mug, tea, socks }, customers }
}

/** Queues a job through the core jobs API and waits until it settles. */
export async function runJob(api: any, admin: any, kind: string, payload: Record<string, unknown>) {
  const { data } = await api.post("/admin/finesse/jobs", { kind, payload }, admin)
  const job = await waitFor(
    () => api.get(`/admin/finesse/jobs/${data.job.id}`, admin).then((r: any) => r.data.job),
    (j: any) => ["completed", "failed", "cancelled"].includes(j.state),
    90_000,
    200
  )
  if (job.state !== "completed") throw new Error(`job ${job.id} ${job.state}: ${job.error}`)
  return job
}

export const train = (api: any, admin: any, run = `t-${randomUUID().slice(0, 8)}`) =>
  runJob(api, admin, "recommendations.train", { run, holdout_days: 30 })

export const event = (type: string, anonymous_id: string, properties: Record<string, unknown>, msAgo = 1000) => ({
  id: randomUUID(),
  type,
  anonymous_id,
  session_id: `s-${anonymous_id}`,
  timestamp: new Date(Date.now() - msAgo).toISOString(),
  properties,
})

export async function sendEvents(api: any, store: StoreFixture, events: unknown[], token?: string) {
  const r = await api.post("/store/finesse/events", { events }, store.storeHeaders(token))
  return r.data
}

export function recsUrl(q: Record<string, string | number | undefined>) {
  const params = Object.entries(q)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join("&")
  return `/store/finesse/recommendations?${params}`
}
