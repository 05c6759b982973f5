import type { Rng } from "../prng"
import { DAY, HOUR, MINUTE, iso } from "../time"
import type { DemoAddress, DemoCustomer, DemoEvent, DemoOrder, DemoPlan } from "../types"
import type { DemoPlant } from "./index"

/**
 * What the risk plant put into the history (plan.truth.risk), for @finesse/risk's benchmark:
 * - `ring`: a fraud ring of new accounts over a few shared devices and two drop addresses; `orders` are the ring's
 *   orders in the history (order keys), `pending` the ring's next checkouts, which the risk demo seed places through
 *   Medusa's cart flow at the end of history (so they are really held: authorised, not captured);
 * - `chargebacks`: the ring's first orders the payment provider later disputed (the seed records them as outcomes);
 * - `outage`: a day the payment provider failed (00:00–24:00 UTC), so every order placed that day was cancelled.
 * The risk demo seed finds the ring in the store as a user would (customers sharing a storefront device), not from
 * this truth: honest demo customers never share a device. Stores below MIN_CUSTOMERS (scale 0.05) get no plant.
 * Not in PLANTS yet: src/demo's "one customer per browser" invariant must first exempt the ring's devices
 * (`truth.risk.ring.devices`), since sharing a browser between accounts is what the ring is. The risk benchmark applies
 * the plant itself (`applyPlants(plan, seed, [riskPlant])`).
 */
export type RiskPlantTruth = {
  ring: {
    customers: string[]
    emails: string[]
    devices: string[]
    addresses: DemoAddress[]
    orders: string[]
    pending: Array<{ customer: string; email: string; device: string; address: DemoAddress; items: Array<{ variantKey: string; quantity: number }> }>
  }
  chargebacks: string[]
  outage: { day: string; from: string; to: string; canceled: number }
}

const RING_ACCOUNTS = 10
const RING_DEVICES = 3
/** Ring accounts whose latest order the seed repeats as a live checkout (held for review). */
const PENDING_FROM = 6
const CHARGEBACKS = 3

const DROP_ADDRESSES: DemoAddress[] = [
  { address_1: "Hermannstraße 212", city: "Berlin", country_code: "de", postal_code: "12049", province: null },
  { address_1: "Sonnenallee 98", city: "Berlin", country_code: "de", postal_code: "12045", province: null },
]

const slug = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "")

const whole = (ms: number) => Math.floor(ms / 1000) * 1000

function hex(rng: Rng, n: number): string {
  let s = ""
  for (let i = 0; i < n; i++) s += Math.floor(rng.next() * 16).toString(16)
  return s
}

/** One storefront session ending in a checkout: a page, a view and an add per item, checkout 1–5 minutes before. */
function sessionEvents(rng: Rng, order: DemoOrder, device: string, plan: DemoPlan): DemoEvent[] {
  const variants = new Map(plan.products.flatMap((p) => p.variants.map((v) => [v.key, { product: p.key, category: p.categoryKey }] as const)))
  const checkout = Date.parse(order.created_at) - Math.round(rng.range(60, 300)) * 1000
  const events: DemoEvent[] = []
  let t = checkout - order.items.length * 150_000 - 60_000
  // logged in from the start of the session, on a device other ring accounts use too: the one pattern of the demo
  // where a browser names several customers
  const base = { anonymous_id: device, session_id: order.session_id, customerKey: order.customerKey }
  events.push({ ...base, type: "page_viewed", occurred_at: iso(whole(t)), properties: { path: "/" } })
  for (const item of order.items) {
    const v = variants.get(item.variantKey)!
    t += 60_000
    events.push({ ...base, type: "product_viewed", occurred_at: iso(whole(t)), properties: { product_key: v.product, variant_key: item.variantKey, category_key: v.category } })
    t += 45_000
    events.push({ ...base, type: "cart_item_added", occurred_at: iso(whole(t)), properties: { product_key: v.product, variant_key: item.variantKey, quantity: item.quantity } })
  }
  events.push({
    ...base,
    type: "checkout_started",
    occurred_at: iso(whole(checkout)),
    properties: { item_count: order.items.reduce((s, i) => s + i.quantity, 0), subtotal: order.subtotal, currency_code: order.currency_code },
  })
  return events
}

function plantRing(plan: DemoPlan, rng: Rng): { ring: RiskPlantTruth["ring"]; chargebacks: string[] } {
  const end = Date.parse(plan.historyEnd) + 1
  const region = plan.regions.find((r) => r.key === "reg_eu") ?? plan.regions[0]
  const currency = region.currency_code
  // resellable goods: the dearest variants of the catalog in stock at the region's warehouse (the ring's next
  // checkouts go through Medusa's cart flow, which checks stock)
  const warehouse = plan.stockLocations.find((l) => l.regionKey === region.key && l.kind === "warehouse")?.key
  const premium = plan.products
    .flatMap((p) => p.variants.filter((v) => !warehouse || (v.inventory[warehouse] ?? 0) >= 10).map((v) => ({ key: v.key, price: v.prices[currency] })))
    .sort((a, b) => b.price - a.price || a.key.localeCompare(b.key))
    .slice(0, 25)
  const germans = plan.customers.filter((c) => c.address.country_code === "de")
  const people = germans.length ? germans : plan.customers
  const emails = new Set(plan.customers.map((c) => c.email))
  const devices = Array.from({ length: RING_DEVICES }, () => `anon_r${hex(rng, 7)}`)
  const ring: RiskPlantTruth["ring"] = { customers: [], emails: [], devices, addresses: DROP_ADDRESSES.map((a) => ({ ...a })), orders: [], pending: [] }
  const chargebacks: string[] = []
  const lastOrderOf = new Map<string, DemoOrder>()

  for (let i = 0; i < RING_ACCOUNTS; i++) {
    const first_name = rng.pick(people).first_name
    const last_name = rng.pick(people).last_name
    let email = `${slug(first_name)}.${slug(last_name)}${rng.int(10, 99)}@example.net`
    while (emails.has(email)) email = `${slug(first_name)}.${slug(last_name)}${rng.int(100, 999)}@example.net`
    emails.add(email)
    const created = whole(end - 21 * DAY + i * 1.9 * DAY + rng.range(0, 6) * HOUR)
    const address = DROP_ADDRESSES[i % DROP_ADDRESSES.length]
    const customer: DemoCustomer = {
      key: `cus_ring_${String(i + 1).padStart(2, "0")}`,
      email,
      first_name,
      last_name,
      phone: `+49 30 ${rng.int(1000000, 9999999)}`,
      behaviour: "new",
      created_at: iso(created),
      regionKey: region.key,
      address: { ...address, first_name, last_name },
    }
    plan.customers.push(customer)
    ring.customers.push(customer.key)
    ring.emails.push(email)

    const times = [created + rng.range(15, 40) * MINUTE, created + rng.range(1.5, 4) * DAY]
    times.forEach((at, k) => {
      if (at >= end - HOUR) return
      const lines = rng.chance(0.5) ? 2 : 1
      const picks = rng.shuffle([...premium]).slice(0, lines)
      const items = picks.map((p) => ({ variantKey: p.key, quantity: rng.chance(0.4) ? 2 : 1, unit_price: p.price }))
      const subtotal = items.reduce((s, x) => s + x.quantity * x.unit_price, 0)
      const order: DemoOrder = {
        key: `risk_ring_${i}_${k}`,
        customerKey: customer.key,
        regionKey: region.key,
        currency_code: currency,
        created_at: iso(whole(at)),
        status: "completed",
        items,
        subtotal,
        promotionCode: null,
        discount_total: 0,
        shipping_total: 0,
        total: subtotal,
        session_id: `ses_r${hex(rng, 8)}`,
      }
      const device = devices[(i + k) % devices.length]
      plan.orders.push(order)
      plan.events.push(...sessionEvents(rng, order, device, plan))
      ring.orders.push(order.key)
      if (k === 0 && i < CHARGEBACKS) chargebacks.push(order.key)
      lastOrderOf.set(customer.key, order)
      if (i >= PENDING_FROM && k === times.length - 1) {
        ring.pending.push({ customer: customer.key, email, device, address: { ...address }, items: items.map((x) => ({ variantKey: x.variantKey, quantity: x.quantity })) })
      }
    })
  }
  return { ring, chargebacks }
}

/** The payment provider's outage: a weekday 4–8 weeks before the end, outside the seasonal sales. */
function plantOutage(plan: DemoPlan, rng: Rng, ringOrders: Set<string>): RiskPlantTruth["outage"] {
  const end = Date.parse(plan.historyEnd) + 1
  const sales = plan.promotions.filter((p) => !p.firstOrderOnly).map((p) => [Date.parse(p.startsAt) - 2 * DAY, Date.parse(p.endsAt) + 2 * DAY] as const)
  const candidates: number[] = []
  for (let d = Math.floor(end / DAY) - 56; d <= Math.floor(end / DAY) - 28; d++) {
    const wd = new Date(d * DAY).getUTCDay()
    if (wd < 2 || wd > 4) continue
    if (sales.some(([a, b]) => d * DAY + DAY > a && d * DAY < b)) continue
    candidates.push(d)
  }
  const day = candidates.length ? rng.pick(candidates) : Math.floor(end / DAY) - 35
  const from = day * DAY
  const to = day * DAY + DAY
  let canceled = 0
  for (const o of plan.orders) {
    const t = Date.parse(o.created_at)
    if (t < from || t >= to || o.status !== "completed" || ringOrders.has(o.key)) continue
    o.status = "canceled"
    o.canceled_at = iso(whole(t + rng.range(2, 10) * MINUTE))
    delete o.return
    canceled++
  }
  return { day: iso(day * DAY).slice(0, 10), from: iso(from), to: iso(to), canceled }
}

/** A ring of ten in a store of a couple of hundred customers is no ring to find: small test stores get nothing. */
export const MIN_CUSTOMERS = 300

export const riskPlant: DemoPlant = {
  name: "risk",
  plant(plan, rng): RiskPlantTruth | undefined {
    if (plan.customers.length < MIN_CUSTOMERS) return undefined
    const { ring, chargebacks } = plantRing(plan, rng)
    const outage = plantOutage(plan, rng, new Set(ring.orders))
    return { ring, chargebacks, outage }
  },
}
