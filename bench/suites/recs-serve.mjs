// Suite `recs-serve`: the recommendations endpoint on the demo store against Medusa's own GET /store/products, with
// the same limit and region, in the same run. Uses the cached demo store (--scale=0.1 by default, bench/lib/demo-db.mjs),
// trains a model version, then loads both endpoints with `--concurrency` closed-loop clients for `--seconds` each.
// Metrics: `throughput` (req/s, target ≥ 300), `p95_ms`, `products_p95_ms` (Medusa's), `p95_vs_products` (target
// ≤ 1: ours is not slower), CPU per request of both, and what Medusa's uncached publishable-key lookup costs
// (`key_lookup_cpu_ms`, from a second server run with FINESSE_RECS_FAST_KEY=false).
import fs from "node:fs"
import http from "node:http"
import os from "node:os"
import { readPublishableKey, withDb } from "../../scripts/setup.mjs"
import { demoDatabase } from "../lib/demo-db.mjs"
import { waitForIdleJobs, waitForJob } from "../lib/jobs.mjs"
import { adminToken, startMedusaProcess } from "../lib/medusa.mjs"
import { runLoad } from "../scripts/recs-load.mjs"

const opt = (args, name, dflt) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? dflt

/** CPU time (user + system, ms) of a process, from /proc. */
function cpuMs(pid) {
  const f = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")
  return (Number(f[11]) + Number(f[12])) * (1000 / 100)
}

/** CPU ms per request of the server for `n` requests, 4 at a time; `url(i)` gives the i-th URL (the same mix as the load). */
async function cpuPerRequest(pid, url, headers, n) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 })
  const one = (i) => new Promise((r) => http.get(url(i), { agent, headers }, (res) => (res.resume(), res.on("end", r))))
  for (let i = 0; i < 30; i++) await one(i)
  const c0 = cpuMs(pid)
  let i = 0
  await Promise.all(Array.from({ length: 4 }, async () => { while (i < n) await one(30 + i++) }))
  agent.destroy()
  return (cpuMs(pid) - c0) / n
}

async function waitForModel(baseUrl, token, log) {
  const t0 = Date.now()
  for (;;) {
    const r = await fetch(`${baseUrl}/admin/finesse/recommendations/status`, { headers: { authorization: `Bearer ${token}` } }).then((x) => x.json())
    const s = r.status
    if (s?.serving && s.training?.state === "completed") return s
    if (s?.training?.state === "failed") throw new Error(`training failed: ${s.training.error}`)
    if (Date.now() - t0 > 600_000) throw new Error("no trained model after 10 minutes")
    if ((Date.now() - t0) % 15_000 < 1000) log(`bench: waiting for the model (training ${s?.training?.state ?? "not started"} ${s?.training?.progress ?? 0}%)`)
    await new Promise((r) => setTimeout(r, 1000))
  }
}

export default async function recsServeSuite({ args, log }) {
  const seconds = Number(opt(args, "seconds", 20))
  const concurrency = Number(opt(args, "concurrency", 16))
  const scale = Number(opt(args, "scale", 0.1))
  const keyCompare = !args.includes("--no-key-compare")
  // the demo store, seeded once per scale and cached in .data/bench (see bench/lib/demo-db.mjs)
  const db = await demoDatabase({ scale, fresh: args.includes("--fresh"), log })
  const env = { ...db.env, FINESSE_EVENTS_RATE_PER_IP: "0", FINESSE_EVENTS_RATE_PER_ANON: "0" }
  let server
  try {
    const key = await readPublishableKey({ env })
    if (!key) throw new Error("the demo seed did not create its publishable key")
    server = await startMedusaProcess("recs-serve", env, { log })
    // whatever the seed queued (facts backfill, its follow-ups) finishes first; then a training of its own
    await waitForIdleJobs(env, { log })
    const token = await adminToken(server.baseUrl)
    const { job } = await fetch(`${server.baseUrl}/admin/finesse/recommendations/train`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({}),
    }).then((r) => r.json())
    if (!job?.id) throw new Error("could not queue a training")
    const trained = await waitForJob(env, job.id)
    if (trained.state !== "completed") throw new Error(`training ${trained.state}: ${trained.error}`)
    const status = await waitForModel(server.baseUrl, token, log)
    log(`bench: model v${status.serving.number} trained in ${(status.serving.duration_ms / 1000).toFixed(1)} s on ${status.serving.counts.orders} orders`)

    const { products, anons, region } = await withDb(env, async (c) => ({
      products: (await c.query(`select id from product where status = 'published' and deleted_at is null order by id`)).rows.map((r) => r.id),
      anons: (await c.query(`select distinct anonymous_id from finesse_event where anonymous_id is not null and customer_id is null and type = 'product_viewed' limit 500`)).rows.map((r) => r.anonymous_id),
      region: (await c.query(`select id from region where currency_code = 'eur' and deleted_at is null limit 1`)).rows[0].id,
    }))
    const headers = { "x-publishable-api-key": key }
    const limit = 10
    // a storefront's mix: product pages (similar, bought together) for anonymous visitors, trending, and for-you
    // from the visitor's session
    const mix = ["similar", "similar", "bought_together", "similar", "trending", "bought_together", "for_you", "similar", "for_you", "trending"]
    const recsUrl = (i) => {
      const placement = mix[i % mix.length]
      const product = products[(i * 7) % products.length]
      const anon = anons.length ? anons[i % anons.length] : `bench-${i % 500}`
      return `${server.baseUrl}/store/finesse/recommendations?placement=${placement}&product_id=${product}&region_id=${region}&limit=${limit}&anonymous_id=${anon}`
    }
    const productsUrl = () => `${server.baseUrl}/store/products?limit=${limit}&region_id=${region}`
    const probe = await fetch(recsUrl(0), { headers }).then((r) => r.json())
    if (!probe.recommendation?.products?.length) throw new Error(`no recommendations: ${JSON.stringify(probe).slice(0, 300)}`)

    log(`bench: recommendations, ${concurrency} clients × ${seconds} s (${products.length} products, ${anons.length} visitors)`)
    const load0 = os.loadavg()[0]
    const recs = await runLoad({ url: recsUrl, headers, seconds, concurrency, warmupSeconds: 5 })
    log(`bench: /store/products?limit=${limit}&region_id, ${concurrency} clients × ${seconds} s`)
    const medusa = await runLoad({ url: productsUrl, headers, seconds, concurrency, warmupSeconds: 3 })
    const load1 = os.loadavg()[0]
    log(`bench: recs ${recs.throughput.toFixed(0)} req/s p95 ${recs.p95.toFixed(1)} ms · products ${medusa.throughput.toFixed(1)} req/s p95 ${medusa.p95.toFixed(1)} ms · load ${load0.toFixed(1)}→${load1.toFixed(1)}`)

    const pid = server.child.pid
    const recsCpu = await cpuPerRequest(pid, recsUrl, headers, 1000)
    const productsCpu = await cpuPerRequest(pid, productsUrl, headers, 60)
    const results = [
      { metric: "throughput", value: recs.throughput, unit: "req/s", target: 300, better: "higher" },
      { metric: "p95_ms", value: recs.p95, unit: "ms" },
      { metric: "products_p95_ms", value: medusa.p95, unit: "ms" },
      { metric: "p95_vs_products", value: recs.p95 / medusa.p95, unit: "ratio", target: 1, better: "lower" },
      { metric: "p50_ms", value: recs.p50, unit: "ms" },
      { metric: "errors", value: recs.errors + medusa.errors, unit: "requests", target: 0, better: "lower" },
      { metric: "products_throughput", value: medusa.throughput, unit: "req/s" },
      { metric: "cpu_ms_per_request", value: recsCpu, unit: "ms" },
      { metric: "products_cpu_ms_per_request", value: productsCpu, unit: "ms" },
      { metric: "load_average", value: (load0 + load1) / 2, unit: `(${os.cpus().length} cores)` },
    ]
    if (keyCompare) {
      // the same endpoint with Medusa's own publishable-key middleware (a query.graph per request)
      await server.stop()
      server = await startMedusaProcess("recs-serve-nokeycache", { ...env, FINESSE_RECS_FAST_KEY: "false" }, { log })
      for (let i = 0; i < 50; i++) await fetch(recsUrl(i), { headers }).then((r) => r.text())
      const slowCpu = await cpuPerRequest(server.child.pid, recsUrl, headers, 600)
      const slow = await runLoad({ url: recsUrl, headers, seconds: Math.min(seconds, 10), concurrency, warmupSeconds: 2 })
      results.push(
        { metric: "key_lookup_cpu_ms", value: slowCpu - recsCpu, unit: "ms" },
        { metric: "throughput_without_key_cache", value: slow.throughput, unit: "req/s" }
      )
    }
    return results
  } finally {
    await server?.stop()
    await db.stop()
  }
}
