// Suite `kpis`: the KPI endpoint for a 90-day range with ≥ 1,000,000 events and ≥ 100,000 orders loaded (the demo
// store at scale 4.5): `p95_ms` target ≤ 200, over repeated requests with and without filters.
import { withDb } from "../../scripts/setup.mjs"
import { demoDatabase } from "../lib/demo-db.mjs"
import { waitForIdleJobs, waitForJob } from "../lib/jobs.mjs"
import { adminToken, startMedusaProcess } from "../lib/medusa.mjs"
import { percentile } from "../lib/util.mjs"

const opt = (args, name, dflt) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? dflt

export default async function kpisSuite({ args, log }) {
  const scale = Number(opt(args, "scale", 4.5))
  const requests = Number(opt(args, "requests", 60))
  const db = await demoDatabase({ scale, fresh: args.includes("--fresh"), log })
  let app
  try {
    app = await startMedusaProcess("kpis", db.env, { log })
    await waitForIdleJobs(db.env, { log })
    const token = await adminToken(app.baseUrl)
    const h = { authorization: `Bearer ${token}`, "content-type": "application/json" }
    // rollups complete before timing reads
    const r = await fetch(`${app.baseUrl}/admin/finesse/jobs`, { method: "POST", headers: h, body: JSON.stringify({ kind: "core.rollup", payload: { full: true, run: `bench-${Date.now()}` } }) })
    await waitForJob(db.env, (await r.json()).job.id)
    const counts = (await withDb(db.env, (c) => c.query(`select (select count(*) from finesse_event)::int events, (select count(*) from finesse_order_fact)::int orders, (select to_char(max(placed_at), 'YYYY-MM-DD') from finesse_order_fact) last`))).rows[0]
    const to = counts.last
    const from = new Date(Date.parse(`${to}T00:00:00Z`) - 89 * 86_400_000).toISOString().slice(0, 10)
    const ids = (await withDb(db.env, (c) => c.query(`select (select id from sales_channel where deleted_at is null limit 1) ch, (select id from region where deleted_at is null order by name limit 1) reg, (select category_id from finesse_order_line_fact where category_id is not null limit 1) cat`))).rows[0]
    const variants = [
      `from=${from}&to=${to}&interval=day`,
      `from=${from}&to=${to}&interval=week&compare=previous_period`,
      `from=${from}&to=${to}&interval=day&sales_channel_id=${ids.ch}`,
      `from=${from}&to=${to}&interval=day&region_id=${ids.reg}`,
      `from=${from}&to=${to}&interval=month&category_id=${ids.cat}`,
    ]
    const get = async (q) => {
      const t = performance.now()
      const res = await fetch(`${app.baseUrl}/admin/finesse/kpis?${q}`, { headers: h })
      if (!res.ok) throw new Error(`kpis ${res.status}: ${await res.text()}`)
      await res.json()
      return performance.now() - t
    }
    for (const q of variants) await get(q) // warm-up
    const times = []
    for (let i = 0; i < requests; i++) times.push(await get(variants[i % variants.length]))
    return [
      { metric: "p95_ms", value: percentile(times, 95), unit: "ms", target: 200, better: "lower" },
      { metric: "p50_ms", value: percentile(times, 50), unit: "ms" },
      { metric: "events", value: counts.events, unit: "events", target: 1_000_000, better: "higher" },
      { metric: "orders", value: counts.orders, unit: "orders", target: 100_000, better: "higher" },
    ]
  } finally {
    await app?.stop()
    await db.stop()
  }
}
