// Suite `routing`: what the order-routing decision of @finesse/logistics adds to order placement (target p95 ≤ 20 ms).
// 1. lib: decideRouting alone on synthetic stores (4, 20 and 60 locations; orders of 1–8 lines, stock spread so that
//    a share of orders must split), p50/p95/p99 per store size — the algorithm's own cost.
// 2. app (skip with --no-app): a Medusa app with the logistics plugin only, on its own throw-away Postgres, a store of
//    4 stock locations and 40 stock-managed products made through the admin API; N orders placed through the store
//    API. Each order.placed runs the routing workflow; the decision path (reading the order, its stock and
//    reservations, plus deciding) is timed inside the app and stored with the decision (timing.load_ms + decide_ms);
//    moving the reservations (reserve_ms) and the checkout's own latency are reported beside it. The orders are placed
//    back to back, so each decision shares the process with the next checkout; the same path is then timed again
//    order by order with nothing else running (dry runs of the admin API): `_quiet_`.
// The routing runs in an order.placed subscriber, i.e. after the checkout has answered: the customer never waits for
// it; the target applies to the decision path itself.
// Options: --orders=N (default 60), --no-app, --seed=N. Needs plugins/logistics built (npm run build -w plugins/logistics).
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"
import { MEDUSA_BIN, ROOT, freePort, run, startEmbeddedPostgres } from "../../scripts/lib.mjs"
import { withDb } from "../../scripts/setup.mjs"
import { adminToken, startMedusaProcess } from "../lib/medusa.mjs"
import { percentile } from "../lib/util.mjs"

const arg = (args, name, dflt) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? dflt
const requireBuilt = createRequire(path.join(ROOT, "plugins/logistics/.medusa/server/src/lib/routing/index.js"))

function mulberry32(a) {
  return () => {
    a |= 0
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A synthetic store: L locations around Europe, 400 items, each stocked at a random subset of the locations. */
function syntheticStore(L, rnd) {
  const locations = Array.from({ length: L }, (_, k) => ({
    id: `loc_${k}`,
    name: `Location ${k}`,
    country_code: ["de", "fr", "it", "es", "nl"][k % 5],
    lat: 43 + rnd() * 10,
    lng: -2 + rnd() * 16,
    markets: ["de", "fr", "it", "es", "nl"],
    daily_capacity: k % 3 === 0 ? null : 50 + Math.floor(rnd() * 200),
    used_today: Math.floor(rnd() * 60),
    priority: k,
    active: true,
  }))
  const stock = {}
  for (let i = 0; i < 400; i++) {
    const at = {}
    for (const l of locations) if (rnd() < Math.max(0.25, 3 / L)) at[l.id] = Math.floor(rnd() * 6)
    stock[`item_${i}`] = at
  }
  const rates = []
  for (const o of ["de", "fr", "it", "es", "nl"])
    for (const d of ["de", "fr", "it", "es", "nl"])
      for (const [w, p] of [[1000, 490], [5000, 690], [31500, 1190]]) rates.push({ carrier_code: "c1", service: "std", origin_country: o, dest_country: d, dest_postcode_prefix: null, max_weight_g: w, price: o === d ? p : p + 300, currency_code: "eur", transit_days: o === d ? 2 : 3 })
  return { locations, stock, rates }
}

function libBench(seed) {
  const { decideRouting, DEFAULT_ROUTING_CONFIG } = requireBuilt("./index.js")
  const out = []
  for (const L of [4, 20, 60]) {
    const rnd = mulberry32(seed * 1000 + L)
    const store = syntheticStore(L, rnd)
    const times = []
    let splits = 0
    const n = L === 60 ? 400 : 1000
    for (let k = 0; k < n + 50; k++) {
      const lines = Array.from({ length: 1 + Math.floor(rnd() * (rnd() < 0.8 ? 3 : 8)) }, (_, j) => ({ line_id: `l${j}`, inventory_item_id: `item_${Math.floor(rnd() * 400)}`, quantity: 1 + Math.floor(rnd() * 2), unit_weight_g: 500 }))
      const input = { order_id: `o${k}`, currency_code: "eur", lines, destination: { country_code: "de", postal_code: "10115", lat: 52.53, lng: 13.38 }, ...store }
      const t0 = performance.now()
      const d = decideRouting(input, DEFAULT_ROUTING_CONFIG)
      const ms = performance.now() - t0
      if (k >= 50) {
        times.push(ms)
        if (d.split) splits++
      }
    }
    out.push({ L, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), split: splits / n })
  }
  return out
}

async function appBench({ orders, log, seed }) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "finesse-bench-routing-"))
  fs.chmodSync(dataDir, 0o755)
  const pgPort = await freePort(55640)
  const pg = await startEmbeddedPostgres({ port: pgPort, dataDir: path.join(dataDir, "data"), persistent: false, fast: true })
  const env = { MEDUSA_DISABLE_TELEMETRY: "true", DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${pgPort}/bench`, FINESSE_PLUGINS: "logistics", FINESSE_LOGISTICS_CACHE_MS: "10000" }
  let app
  try {
    await withDb({ DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${pgPort}/postgres` }, (c) => c.query("create database bench"))
    log("bench: medusa db:migrate (core + logistics)")
    await run(MEDUSA_BIN, ["db:migrate"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] })
    await run(MEDUSA_BIN, ["user", "-e", "admin@example.com", "-p", "supersecret"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] })
    app = await startMedusaProcess("routing", env, { log })
    const token = await adminToken(app.baseUrl)
    const H = { authorization: `Bearer ${token}`, "content-type": "application/json" }
    const adm = async (method, p, body) => {
      const r = await fetch(`${app.baseUrl}${p}`, { method, headers: H, body: body ? JSON.stringify(body) : undefined })
      const j = await r.json()
      if (!r.ok) throw new Error(`${method} ${p}: ${r.status} ${JSON.stringify(j).slice(0, 300)}`)
      return j
    }
    log("bench: a store of 4 stock locations and 40 products through the admin API")
    const channel = (await adm("POST", "/admin/sales-channels", { name: "Routing bench" })).sales_channel
    const key = (await adm("POST", "/admin/api-keys", { title: "Routing bench", type: "publishable" })).api_key
    await adm("POST", `/admin/api-keys/${key.id}/sales-channels`, { add: [channel.id] })
    const region = (await adm("POST", "/admin/regions", { name: "Europe", currency_code: "eur", countries: ["de", "fr", "nl"], payment_providers: ["pp_system_default"] })).region
    const specs = [
      ["Berlin Warehouse", 52.5873, 13.2838, "10178", "Berlin", "de"],
      ["Hamburg Store", 53.551, 10.001, "20095", "Hamburg", "de"],
      ["Paris Store", 48.8576, 2.3608, "75003", "Paris", "fr"],
      ["Amsterdam Store", 52.373, 4.884, "1016AB", "Amsterdam", "nl"],
    ]
    const locs = []
    for (const [name, lat, lng, postal_code, city, country_code] of specs) {
      const l = (await adm("POST", "/admin/stock-locations", { name, address: { address_1: "1 Main St", city, country_code, postal_code }, metadata: { latitude: lat, longitude: lng } })).stock_location
      await adm("POST", `/admin/stock-locations/${l.id}/sales-channels`, { add: [channel.id] })
      await adm("POST", `/admin/stock-locations/${l.id}/fulfillment-providers`, { add: ["manual_manual"] })
      locs.push(l)
    }
    const withSet = (await adm("POST", `/admin/stock-locations/${locs[0].id}/fulfillment-sets?fields=*fulfillment_sets`, { name: "Bench shipping", type: "shipping" })).stock_location
    const zone = (await adm("POST", `/admin/fulfillment-sets/${withSet.fulfillment_sets[0].id}/service-zones?fields=*service_zones`, { name: "EU", geo_zones: ["de", "fr", "nl"].map((c) => ({ type: "country", country_code: c })) })).fulfillment_set.service_zones[0]
    const profile = (await adm("GET", "/admin/shipping-profiles?type=default")).shipping_profiles[0]
    const option = (
      await adm("POST", "/admin/shipping-options", {
        name: "Standard", service_zone_id: zone.id, shipping_profile_id: profile.id, provider_id: "manual_manual", price_type: "flat",
        type: { label: "Standard", description: "2-3 days", code: "standard" }, prices: [{ currency_code: "eur", amount: 5 }],
        rules: [{ attribute: "enabled_in_store", value: "true", operator: "eq" }, { attribute: "is_return", value: "false", operator: "eq" }],
      })
    ).shipping_option
    await adm("POST", "/admin/finesse/logistics/carriers", { code: "benchpost", name: "Bench Post" })
    for (const d of ["de", "fr", "nl"]) await adm("POST", "/admin/finesse/logistics/rates", { carrier_code: "benchpost", service: "std", dest_country: d, max_weight_g: 31500, price: 590, currency_code: "eur", transit_days: 2 })
    const rnd = mulberry32(seed)
    const variants = []
    for (let i = 0; i < 40; i++) {
      const p = (
        await adm("POST", "/admin/products", {
          title: `Bench product ${i}`, status: "published", shipping_profile_id: profile.id, options: [{ title: "Size", values: ["M"] }],
          variants: [{ title: "M", sku: `BENCH-${i}`, manage_inventory: true, allow_backorder: false, options: { Size: "M" }, prices: [{ currency_code: "eur", amount: 20 + i }] }],
          sales_channels: [{ id: channel.id }],
        })
      ).product
      const v = (await adm("GET", `/admin/products/${p.id}/variants/${p.variants[0].id}?fields=inventory_items.inventory_item_id`)).variant
      // the warehouse has four in five products, Hamburg the rest, Paris and Amsterdam a third each: an order with
      // a Hamburg-only product and another one must split
      const atBerlin = rnd() < 0.8
      for (const [k, l] of locs.entries()) {
        const q = k === 0 ? (atBerlin ? 500 : 0) : k === 1 ? (atBerlin ? 0 : 200) : rnd() < 0.33 ? 100 : 0
        await adm("POST", `/admin/inventory-items/${v.inventory_items[0].inventory_item_id}/location-levels`, { location_id: l.id, stocked_quantity: q })
      }
      variants.push(p.variants[0].id)
    }
    const store = async (p, body) => {
      const r = await fetch(`${app.baseUrl}${p}`, { method: "POST", headers: { "content-type": "application/json", "x-publishable-api-key": key.token }, body: JSON.stringify(body) })
      const j = await r.json()
      if (!r.ok) throw new Error(`${p}: ${r.status} ${JSON.stringify(j).slice(0, 300)}`)
      return j
    }
    const cities = [["10437", "Berlin", "de"], ["20095", "Hamburg", "de"], ["80331", "München", "de"], ["75011", "Paris", "fr"], ["69002", "Lyon", "fr"], ["1072 CD", "Amsterdam", "nl"]]
    const checkout = []
    const ids = []
    log(`bench: placing ${orders} orders through the store API`)
    for (let k = 0; k < orders; k++) {
      const [postal_code, city, country_code] = cities[k % cities.length]
      const n = 1 + Math.floor(rnd() * 4)
      const items = [...new Set(Array.from({ length: n }, () => variants[Math.floor(rnd() * variants.length)]))].map((variant_id) => ({ variant_id, quantity: 1 }))
      const t0 = performance.now()
      const { cart } = await store("/store/carts", { region_id: region.id, sales_channel_id: channel.id, email: `bench${k}@finesse.test`, items, shipping_address: { first_name: "B", last_name: "B", address_1: "1 Main St", city, country_code, postal_code } })
      await store(`/store/carts/${cart.id}/shipping-methods`, { option_id: option.id })
      const { payment_collection } = await store("/store/payment-collections", { cart_id: cart.id })
      await store(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
      const done = await store(`/store/carts/${cart.id}/complete`, {})
      checkout.push(performance.now() - t0)
      if (done.type !== "order") throw new Error(`checkout ${k} did not complete: ${JSON.stringify(done).slice(0, 300)}`)
      ids.push(done.order.id)
    }
    // the subscriber routes each order right after placement; wait until every decision is in
    const t0 = Date.now()
    let rows = []
    while (Date.now() - t0 < 120_000) {
      rows = (await withDb(env, (c) => c.query(`select timing, split, source from finesse_logistics_decision where order_id = any($1) and current`, [ids]))).rows
      if (rows.length >= ids.length) break
      await new Promise((r) => setTimeout(r, 500))
    }
    if (rows.length < ids.length) throw new Error(`${ids.length - rows.length} orders were not routed`)
    // the first decisions warm the app's caches (routing snapshot, channel locations): report them apart
    const path_ = rows.map((r) => (r.timing?.load_ms ?? 0) + (r.timing?.decide_ms ?? 0))
    const decide = rows.map((r) => r.timing?.decide_ms ?? 0)
    const reserve = rows.map((r) => r.timing?.reserve_ms ?? 0)
    // the same decision path again, order after order with nothing else running in the app (dry runs)
    const quiet = []
    for (const id of ids) {
      const d = (await adm("POST", `/admin/finesse/logistics/orders/${id}/route`, { dry_run: true })).decision
      if (d?.timing) quiet.push(d.timing.load_ms + d.timing.decide_ms)
    }
    const moved = (await withDb(env, (c) => c.query(`select count(*)::int n from finesse_logistics_decision where order_id = any($1) and reservations_moved > 0`, [ids]))).rows[0].n
    return { path: path_, quiet, decide, reserve, checkout, splits: rows.filter((r) => r.split).length, moved, orders: ids.length }
  } finally {
    await app?.stop()
    await pg.stop().catch(() => {})
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

export default async function routingSuite({ args, log }) {
  if (!fs.existsSync(path.join(ROOT, "plugins/logistics/.medusa/server/src/lib/routing/index.js"))) {
    throw new Error("plugins/logistics is not built: npm run build -w plugins/logistics")
  }
  const seed = Number(arg(args, "seed", 7))
  const metrics = []
  for (const r of libBench(seed)) {
    metrics.push({ metric: `lib_${r.L}_locations_p95_ms`, value: r.p95, unit: "ms", target: 20, better: "lower" })
    metrics.push({ metric: `lib_${r.L}_locations_p50_ms`, value: r.p50, unit: "ms" })
    metrics.push({ metric: `lib_${r.L}_locations_p99_ms`, value: r.p99, unit: "ms" })
    metrics.push({ metric: `lib_${r.L}_locations_split_share`, value: Math.round(r.split * 1000) / 1000, unit: "share" })
  }
  if (!args.includes("--no-app")) {
    const orders = Number(arg(args, "orders", 60))
    const a = await appBench({ orders, log, seed })
    const steady = a.path.slice(Math.min(5, a.path.length - 1))
    metrics.push({ metric: "app_decision_path_p95_ms", value: percentile(steady, 95), unit: "ms", target: 20, better: "lower" })
    metrics.push({ metric: "app_decision_path_p50_ms", value: percentile(steady, 50), unit: "ms" })
    metrics.push({ metric: "app_decision_path_first_ms", value: a.path[0], unit: "ms" })
    metrics.push({ metric: "app_decision_path_quiet_p95_ms", value: percentile(a.quiet, 95), unit: "ms", target: 20, better: "lower" })
    metrics.push({ metric: "app_decision_path_quiet_p50_ms", value: percentile(a.quiet, 50), unit: "ms" })
    metrics.push({ metric: "app_decide_p95_ms", value: percentile(a.decide, 95), unit: "ms" })
    metrics.push({ metric: "app_reserve_move_p95_ms", value: percentile(a.reserve, 95), unit: "ms" })
    metrics.push({ metric: "app_checkout_p50_ms", value: percentile(a.checkout, 50), unit: "ms" })
    metrics.push({ metric: "app_orders", value: a.orders, unit: "orders" })
    metrics.push({ metric: "app_split_orders", value: a.splits, unit: "orders" })
    metrics.push({ metric: "app_orders_with_moved_reservations", value: a.moved, unit: "orders" })
  }
  return metrics
}
