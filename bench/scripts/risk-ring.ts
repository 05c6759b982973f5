/**
 * The ring half of `npm run bench -- risk`: the demo store's history as planned (planDemoStore, the risk plant applied
 * as the demo applies it) turned into the risk facts the seed reads from the store (customer, e-mail, shipping
 * address, account creation, storefront device of the order's session, amount), plus the ring's next checkouts at
 * the end of history, scored in time order exactly as the plugin scores history (lib replayHistory + scoreOrder with
 * the shipped defaults), then the ring report over the link window. Ground truth: plan.truth.risk. Prints
 * `RISK_RING {...}`. Run with ts-node: `node -r ts-node/register/transpile-only bench/scripts/risk-ring.ts`.
 */
import path from "node:path"
import { planDemoStore } from "../../src/demo"
import { applyPlants, PLANTS } from "../../src/demo/plants"
import { riskPlant, type RiskPlantTruth } from "../../src/demo/plants/risk"

// eslint-disable-next-line @typescript-eslint/no-require-imports
const L = require(path.join(__dirname, "../../plugins/risk/.medusa/server/src/lib/index.js"))

const DAY = 86_400_000
const seed = Number(process.env.DEMO_SEED ?? 42)
const scale = Number(process.env.DEMO_SCALE ?? 1)
const until = process.env.DEMO_UNTIL ?? "2026-10-31"

const t0 = Date.now()
let plan = planDemoStore({ seed, scale, until })
if (!PLANTS.some((p) => p.name === "risk")) plan = applyPlants(plan, seed, [riskPlant])
const truth = plan.truth.risk as RiskPlantTruth
const customers = new Map(plan.customers.map((c) => [c.key, c]))
const device = new Map<string, string>()
for (const e of plan.events) if (!device.has(e.session_id)) device.set(e.session_id, e.anonymous_id)
const end = Date.parse(plan.historyEnd) + 1

const factsOf = (key: string, customerKey: string, at: number, amount: number, currency: string, dev: string | null) => {
  const c = customers.get(customerKey)!
  const a = c.address
  return L.riskFactsFromCart(
    {
      id: key,
      email: c.email,
      currency_code: currency,
      customer: { id: c.key, created_at: c.created_at, has_account: false },
      shipping_address: { address_1: a.address_1, city: a.city, postal_code: a.postal_code, province: a.province, country_code: a.country_code },
      billing_address: { country_code: a.country_code },
    },
    { placedAt: at, amount, ip: null, ipKey: null, ipCountry: null, deviceId: dev }
  )
}

const facts = plan.orders.map((o) => factsOf(o.key, o.customerKey, Date.parse(o.created_at), o.total, o.currency_code, device.get(o.session_id) ?? null))
const ring = new Set(truth.ring.orders)
truth.ring.pending.forEach((p, i) => {
  const key = `pending_${i}`
  const subtotal = p.items.reduce((s, x) => s + x.quantity * (plan.products.flatMap((pr) => pr.variants).find((v) => v.key === x.variantKey)!.prices.eur), 0)
  facts.push(factsOf(key, p.customer, end - (truth.ring.pending.length - i) * 45 * 60_000, subtotal, "eur", p.device))
  ring.add(key)
})
facts.sort((a: any, b: any) => a.placedAt - b.placedAt)
const config = L.compileRiskConfig()
const replayed = L.replayHistory(facts, config, { newAccountDays: 30, linkWindowDays: 90, maxAccountsPerKey: 25 })
const flagged = new Set<string>()
for (const r of replayed) if (L.scoreOrder(r.facts, r.lookups, config, r.keys).decision !== "allow") flagged.add(r.facts.orderId)

// the ring report over the link window: accounts of groups linked by a device or card, or three new accounts
const edges: any[] = []
const ordersOfAccount = new Map<string, string[]>()
for (const f of facts) {
  if (f.placedAt < end - 90 * DAY) continue
  const keys = L.riskKeys(f)
  for (const kind of L.LINK_KINDS) if (keys[kind]) edges.push({ accountId: f.customerId, accountCreatedAt: f.accountCreatedAt, kind, key: keys[kind], at: f.placedAt })
  ordersOfAccount.set(f.customerId, [...(ordersOfAccount.get(f.customerId) ?? []), f.orderId])
}
const { rings } = L.findAccountRings(edges, { now: end, newAccountDays: 30, linkWindowDays: 90, maxAccountsPerKey: 25, minAccounts: 2, minNewAccounts: 2 })
const reported = new Set<string>()
for (const g of rings.filter((x: any) => x.shared.some((s: any) => s.kind !== "address") || x.newAccounts >= 3)) for (const a of g.accounts) for (const o of ordersOfAccount.get(a) ?? []) reported.add(o)
const withReport = new Set([...flagged, ...reported])

const pr = (set: Set<string>) => {
  let tp = 0
  for (const k of set) if (ring.has(k)) tp++
  return { flagged: set.size, caught: tp, precision: set.size ? tp / set.size : NaN, recall: tp / ring.size }
}
console.log(
  `RISK_RING ${JSON.stringify({
    scale,
    orders: facts.length,
    ring_orders: ring.size,
    ring_accounts: truth.ring.customers.length,
    at_placement: pr(flagged),
    with_ring_report: pr(withReport),
    seconds: (Date.now() - t0) / 1000,
  })}`
)
