import path from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The database half of `npm run bench -- risk` (`medusa exec`, FINESSE_PLUGINS=risk, a throw-away database):
 * 1. BENCH_ORDERS (1,000,000) past orders of a synthetic store written into risk's counter table with their real
 *    keyed hashes, then BENCH_SCORED new orders of the same customers scored one by one through the engine the
 *    complete-cart hook runs (lookups, the lib's scoreOrder, the assessment and counter writes) plus the order link
 *    the orderCreated hook writes: the time added to an order placement.
 * 2. Two years of daily rollups (2 currencies × 3 channels) with a planted outage day in core's rollup tables, and
 *    the KPI anomaly job's engine scoring all 730 days.
 * Prints one line `RISK_BENCH {...}`.
 */
export default async function riskBench({ container }: ExecArgs) {
  // the plugin's compiled files (the same ones the app loaded for its container)
  const engine = (p: string) => require(path.join(process.cwd(), "plugins/risk/.medusa/server/src", `${p}.js`))
  const L = engine("lib/index")
  const { riskServices } = engine("engine/risk-services")
  const { riskSettings, invalidateRiskSettings } = engine("engine/risk-settings")
  const { scoreAndRecord } = engine("engine/score-order")
  const { upsertUses } = engine("modules/finesse-risk/store/uses")
  const { attachOrder } = engine("modules/finesse-risk/store/assessments")
  const { runAnomalyDetection } = engine("engine/anomalies")
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const total = Number(process.env.BENCH_ORDERS ?? 1_000_000)
  const scored = Number(process.env.BENCH_SCORED ?? 2000)
  const out: Record<string, unknown> = {}

  // 1. a year of orders of 330,000 customers, the last BENCH_SCORED kept back to be scored live
  const DAY = 86_400_000
  const end = Date.now() - 60_000
  const start = end - 365 * DAY
  const t0 = Date.now()
  const s = L.syntheticOrders({ seed: 1, start, days: 365, customers: Math.round(total / 3), ordersPerCustomer: 3, fraudstersPerDay: 5 })
  const orders = s.orders.filter((o: any) => o.placedAt < end).slice(-total - scored)
  out.synthetic_seconds = (Date.now() - t0) / 1000
  const svc = riskServices(container)
  const hash = svc.cipher.hash
  const past = orders.slice(0, orders.length - scored)
  const t1 = Date.now()
  for (let i = 0; i < past.length; i += 10_000) {
    const rows = past.slice(i, i + 10_000).map((f: any) => {
      const keys = L.riskKeys(f)
      const cols = L.storedKeyColumns(keys, hash)
      return {
        ref: f.orderId,
        order_id: f.orderId,
        account: L.storedAccountKey(L.riskAccountId(f, keys) ?? `guest:${f.orderId}`, hash),
        account_created_at: f.accountCreatedAt === null ? null : new Date(f.accountCreatedAt),
        at: new Date(f.placedAt),
        ...cols,
      }
    })
    await upsertUses(db, rows)
  }
  await db.raw("analyze finesse_risk_use")
  const count = (await db.raw("select count(*)::int n from finesse_risk_use")).rows[0].n
  out.past_orders = count
  out.write_seconds = (Date.now() - t1) / 1000

  invalidateRiskSettings()
  const settings = await riskSettings(container)
  const live = orders.slice(orders.length - scored)
  const ms: number[] = []
  const decisions: Record<string, number> = { allow: 0, review: 0, block: 0 }
  // warm the pool and the plan cache on orders that are not counted
  for (const f of live.slice(0, 20)) await scoreAndRecord(svc, settings, { ...f, placedAt: end }, { ref: `warm_${f.orderId}` })
  for (const f of live) {
    const facts = { ...f, placedAt: end }
    const a = process.hrtime.bigint()
    const r = await scoreAndRecord(svc, settings, facts, { ref: `cart_${f.orderId}` })
    await attachOrder(db, `cart_${f.orderId}`, `order_live_${f.orderId}`)
    ms.push(Number(process.hrtime.bigint() - a) / 1e6)
    decisions[r.assessment.decision]++
  }
  ms.sort((x, y) => x - y)
  const pct = (p: number) => ms[Math.min(ms.length - 1, Math.max(0, Math.ceil((p / 100) * ms.length) - 1))]
  out.score_ms = { p50: pct(50), p95: pct(95), p99: pct(99), max: ms[ms.length - 1], n: ms.length }
  out.decisions = decisions

  // 2. two years of rollups, 2 currencies × 3 channels, weekly rhythm, trend and noise; an outage 40 days ago
  const today = Math.floor(Date.now() / DAY)
  const outage = today - 40
  const sales: any[] = []
  const traffic: any[] = []
  const rng = L.createRng(7)
  for (let d = today - 730; d < today; d++) {
    const day = new Date(d * DAY).toISOString().slice(0, 10)
    const wd = new Date(d * DAY).getUTCDay()
    const level = (1 + (d - today + 730) / 1500) * (wd === 0 ? 1.25 : wd === 5 ? 0.85 : 1)
    for (const [c, currency] of ["eur", "usd"].entries()) {
      for (const ch of ["ch_web", "ch_app", "ch_pos"]) {
        const orders = d === outage ? 0 : Math.max(0, Math.round(level * (c ? 12 : 30) * (0.9 + 0.2 * rng.next())))
        sales.push({ id: `fds_b_${day}_${currency}_${ch}`, day, currency_code: currency, sales_channel_id: ch, region_id: "", orders, gross: orders * 6_500, subtotal: orders * 6_500, discount: orders * 300, refunded_orders: Math.round(orders * 0.03) })
      }
    }
    for (const ch of ["ch_web", "ch_app", "ch_pos"]) {
      const sessions = Math.round(level * 900 * (0.9 + 0.2 * rng.next()))
      traffic.push({ id: `fdt_b_${day}_${ch}`, day, sales_channel_id: ch, events: sessions * 9, sessions, visitors: sessions, sessions_ordered: d === outage ? 0 : Math.round(sessions * 0.025) })
    }
  }
  for (let i = 0; i < sales.length; i += 2000) await db("finesse_daily_sales").insert(sales.slice(i, i + 2000))
  for (let i = 0; i < traffic.length; i += 2000) await db("finesse_daily_traffic").insert(traffic.slice(i, i + 2000))
  const t2 = process.hrtime.bigint()
  const run = await runAnomalyDetection(container, { asOf: new Date(), scoreDays: 730 })
  out.anomaly_seconds = Number(process.hrtime.bigint() - t2) / 1e9
  const incidents = (await db.raw(`select key, start_day, severity, metrics from finesse_risk_incident order by start_day`)).rows
  const outageDay = new Date(outage * DAY).toISOString().slice(0, 10)
  out.anomaly = { incidents: run.incidents, alerts: run.alerts, outage_day: outageDay, outage_found: incidents.some((i: any) => i.start_day === outageDay), other_incidents: incidents.filter((i: any) => i.start_day !== outageDay).length }
  out.incidents = incidents.map((i: any) => `${i.start_day} ${i.severity} ${i.metrics.join("+")}`)
  console.log(`RISK_BENCH ${JSON.stringify(out)}`)
}
