// Suite `events`: storefront event ingestion over HTTP on loopback, 100-event batches from concurrent clients.
// Metrics: sustained `throughput` (events/s, target ≥ 5,000), `p95_batch_ms` (target ≤ 100), and
// `lost_events` = sent − stored (target 0). Default 4 clients (`--concurrency=N`): a storefront fleet batching events,
// not a flood that only measures queueing.
import { randomUUID } from "node:crypto"
import { withDb } from "../../scripts/setup.mjs"
import { percentile } from "../lib/util.mjs"
import { medusaExec, startMedusaProcess } from "../lib/medusa.mjs"
import { startBenchServices } from "../lib/services.mjs"

const arg = (args, name, dflt) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? dflt)

export default async function eventsSuite({ args, log }) {
  const seconds = arg(args, "seconds", 30)
  const concurrency = arg(args, "concurrency", 4)
  const batch = 100
  const services = await startBenchServices({ log })
  let server
  try {
    const env = { ...services.env, FINESSE_EVENTS_RATE_PER_IP: "0", FINESSE_EVENTS_RATE_PER_ANON: "0" }
    const out = await medusaExec("./bench/scripts/setup-storefront.ts", env)
    const setup = JSON.parse(out.split("BENCH_SETUP ")[1])
    server = await startMedusaProcess("events-server", env, { log })
    const headers = { "content-type": "application/json", "x-publishable-api-key": setup.key }
    const types = ["page_viewed", "product_viewed", "search", "cart_item_added", "product_viewed", "category_viewed"]
    let visitor = 0
    const makeBatch = () => {
      const anon = `bench-${visitor++}`
      const now = Date.now()
      return Array.from({ length: batch }, (_, i) => {
        const p = setup.products[(visitor + i) % setup.products.length]
        const type = types[i % types.length]
        const properties =
          type === "page_viewed" ? { path: `/p/${i}` }
          : type === "product_viewed" ? { product_id: p.id, variant_id: p.variant }
          : type === "search" ? { query: `query ${i % 17}`, result_count: i % 9 }
          : type === "cart_item_added" ? { product_id: p.id, variant_id: p.variant, quantity: 1 }
          : { category_id: "pcat_bench" }
        // spread over a minute: one visitor's 100 events are not a bot burst
        return { id: randomUUID(), type, anonymous_id: anon, session_id: `${anon}-s`, timestamp: new Date(now - 60_000 + i * 600).toISOString(), properties }
      })
    }
    const post = async (events) => {
      const t = performance.now()
      const r = await fetch(`${server.baseUrl}/store/finesse/events`, { method: "POST", headers, body: JSON.stringify({ events }) })
      const body = await r.json()
      if (r.status !== 200) throw new Error(`status ${r.status}: ${JSON.stringify(body)}`)
      return { ms: performance.now() - t, accepted: body.accepted }
    }
    // warm-up (JIT, connection pools), not counted
    for (let i = 0; i < 20; i++) await post(makeBatch())
    const before = (await withDb({ DATABASE_URL: services.databaseUrl }, (c) => c.query("select count(*)::int n from finesse_event"))).rows[0].n

    log(`bench: ${concurrency} clients posting ${batch}-event batches for ${seconds} s`)
    const latencies = []
    let sent = 0
    let accepted = 0
    const end = Date.now() + seconds * 1000
    const t0 = performance.now()
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (Date.now() < end) {
          const r = await post(makeBatch())
          latencies.push(r.ms)
          sent += batch
          accepted += r.accepted
        }
      })
    )
    const wall = (performance.now() - t0) / 1000
    const after = (await withDb({ DATABASE_URL: services.databaseUrl }, (c) => c.query("select count(*)::int n from finesse_event"))).rows[0].n
    const stored = after - before
    return [
      { metric: "throughput", value: sent / wall, unit: "events/s", target: 5000, better: "higher" },
      { metric: "p95_batch_ms", value: percentile(latencies, 95), unit: "ms", target: 100, better: "lower" },
      { metric: "p50_batch_ms", value: percentile(latencies, 50), unit: "ms" },
      { metric: "lost_events", value: sent - stored, unit: "events", target: 0, better: "lower" },
      { metric: "events_sent", value: sent, unit: "events" },
      { metric: "events_accepted", value: accepted, unit: "events" },
    ]
  } finally {
    await server?.stop()
    await services.stop()
  }
}
