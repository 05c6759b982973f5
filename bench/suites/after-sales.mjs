// Suite `after-sales`: the inbox (case list, through the admin API) with 100,000 cases and ~1,000,000 messages in
// the database, target p95 ≤ 100 ms; suggested replies (BM25 over the resolved cases, through the admin API) target
// p95 ≤ 50 ms. Its own throw-away Postgres and Medusa (core + after-sales only); the corpus is written straight into
// the plugin's tables (bench/scripts/after-sales-bench-data.mjs), the suggestion index built by the plugin's own job.
// Needs the plugins built (npm run build -w plugins/after-sales; core by the lead).
// Options: --cases=100000 --requests=300
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { MEDUSA_BIN, ROOT, freePort, run, startEmbeddedPostgres } from "../../scripts/lib.mjs"
import { withDb } from "../../scripts/setup.mjs"
import { writeAfterSalesBenchData } from "../scripts/after-sales-bench-data.mjs"
import { adminToken, startMedusaProcess } from "../lib/medusa.mjs"
import { percentile } from "../lib/util.mjs"

const arg = (args, name, dflt) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? dflt)
const KEY = "6166746572732d73616c65732d62656e63682d6b65792d3031323334353637"

export default async function afterSalesSuite({ args, log }) {
  const cases = arg(args, "cases", 100_000)
  const requests = arg(args, "requests", 300)
  for (const p of ["core", "after-sales"]) {
    if (!fs.existsSync(path.join(ROOT, `plugins/${p}/.medusa/server/src`))) throw new Error(`plugins/${p} is not built`)
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "finesse-bench-as-"))
  fs.chmodSync(dataDir, 0o755)
  const pgPort = await freePort(56100)
  const pg = await startEmbeddedPostgres({ port: pgPort, dataDir: path.join(dataDir, "data"), persistent: false, fast: true })
  let server
  try {
    const databaseUrl = `postgres://postgres:postgres@127.0.0.1:${pgPort}/bench`
    await withDb({ DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${pgPort}/postgres` }, (c) => c.query("create database bench"))
    const env = { MEDUSA_DISABLE_TELEMETRY: "true", DATABASE_URL: databaseUrl, FINESSE_PLUGINS: "after-sales", FINESSE_PII_KEY: KEY }
    log("bench: medusa db:migrate (core + after-sales)")
    await run(MEDUSA_BIN, ["db:migrate"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] })
    await run(MEDUSA_BIN, ["user", "-e", "admin@example.com", "-p", "supersecret"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] })
    log(`bench: writing ${cases} cases and their conversations`)
    const data = await withDb({ DATABASE_URL: databaseUrl }, (c) => writeAfterSalesBenchData(c, { cases, key: KEY, log }))
    log(`bench: ${data.cases} cases (${data.active} active), ${data.messages} messages in ${data.seconds.toFixed(0)} s`)
    const load = os.loadavg()
    server = await startMedusaProcess("after-sales", env, { log })
    const token = await adminToken(server.baseUrl)
    const get = async (p) => {
      const t0 = performance.now()
      const r = await fetch(`${server.baseUrl}${p}`, { headers: { authorization: `Bearer ${token}` } })
      const body = await r.json()
      if (!r.ok) throw new Error(`GET ${p}: ${r.status} ${JSON.stringify(body).slice(0, 300)}`)
      return { ms: performance.now() - t0, body }
    }
    const post = async (p, body) => {
      const r = await fetch(`${server.baseUrl}${p}`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) })
      const out = await r.json()
      if (!r.ok) throw new Error(`POST ${p}: ${r.status} ${JSON.stringify(out).slice(0, 300)}`)
      return out
    }

    log("bench: building the suggestion index with the plugin's job")
    const t0 = Date.now()
    const { job } = await post("/admin/finesse/after-sales/replies-index", { rebuild: true })
    let j = job
    while (!["completed", "failed", "cancelled"].includes(j.state)) {
      await new Promise((r) => setTimeout(r, 1000))
      j = (await get(`/admin/finesse/jobs/${job.id}`)).body.job
    }
    if (j.state !== "completed") throw new Error(`index job ${j.state}: ${j.error}`)
    const indexSeconds = (Date.now() - t0) / 1000
    log(`bench: index of ${j.result.documents} cases (${(j.result.bytes / 1e6).toFixed(1)} MB) in ${indexSeconds.toFixed(0)} s`)

    // the inbox as agents use it: the default (active, most urgent first), pages, filters, the RMA search, all cases
    const first = (await get("/admin/finesse/after-sales/cases?limit=50")).body
    const rmas = first.cases.map((c) => c.rma_number)
    const ids = first.cases.map((c) => c.id)
    const shapes = [
      () => "/admin/finesse/after-sales/cases?limit=20",
      (k) => `/admin/finesse/after-sales/cases?limit=20&offset=${(k % 20) * 20}`,
      () => "/admin/finesse/after-sales/cases?limit=20&sla_state=breached",
      (k) => `/admin/finesse/after-sales/cases?limit=20&assignee_id=user_bench_${k % 12}`,
      (k) => `/admin/finesse/after-sales/cases?limit=20&kind=${["return", "question", "claim", "repair", "exchange"][k % 5]}`,
      () => "/admin/finesse/after-sales/cases?limit=20&priority=urgent,high",
      () => "/admin/finesse/after-sales/cases?limit=20&status=all&sort=newest",
      (k) => `/admin/finesse/after-sales/cases?limit=20&status=all&q=${encodeURIComponent(rmas[k % rmas.length])}`,
      (k) => `/admin/finesse/after-sales/cases?limit=20&status=all&customer_id=cus_bench_${k * 37 % 30000}`,
    ]
    for (let k = 0; k < 10; k++) await get(shapes[k % shapes.length](k))
    const list = []
    for (let k = 0; k < requests; k++) list.push((await get(shapes[k % shapes.length](k))).ms)
    const detail = []
    for (let k = 0; k < Math.min(100, requests); k++) detail.push((await get(`/admin/finesse/after-sales/cases/${ids[k % ids.length]}`)).ms)
    // suggestions for live cases (the index excludes the case itself)
    // warm-up (the first request loads the index's new version; JIT)
    for (let k = 0; k < 20; k++) await get(`/admin/finesse/after-sales/cases/${ids[k % ids.length]}/suggestions`)
    const sugg = []
    let withSuggestion = 0
    for (let k = 0; k < requests; k++) {
      const r = await get(`/admin/finesse/after-sales/cases/${ids[k % ids.length]}/suggestions`)
      sugg.push(r.ms)
      if (r.body.suggestions.some((s) => s.source === "similar_cases")) withSuggestion++
    }
    const loadAfter = os.loadavg()
    log(`bench: list p95 ${percentile(list, 95).toFixed(1)} ms, suggestions p95 ${percentile(sugg, 95).toFixed(1)} ms`)
    return [
      { metric: "case_list_p95_ms", value: percentile(list, 95), unit: "ms", target: 100, better: "lower" },
      { metric: "case_list_p50_ms", value: percentile(list, 50), unit: "ms" },
      { metric: "suggested_replies_p95_ms", value: percentile(sugg, 95), unit: "ms", target: 50, better: "lower" },
      { metric: "suggested_replies_p50_ms", value: percentile(sugg, 50), unit: "ms" },
      { metric: "suggestions_from_similar_cases_share", value: withSuggestion / sugg.length, unit: "" },
      { metric: "case_detail_p95_ms", value: percentile(detail, 95), unit: "ms" },
      { metric: "reply_index_build_seconds", value: indexSeconds, unit: "s" },
      { metric: "reply_index_documents", value: j.result.documents, unit: "cases" },
      { metric: "cases", value: data.cases, unit: "cases" },
      { metric: "messages", value: data.messages, unit: "messages" },
      { metric: "active_cases", value: data.active, unit: "cases" },
      { metric: "load_average_1m", value: (load[0] + loadAfter[0]) / 2, unit: "" },
    ]
  } finally {
    if (server) await server.stop()
    await pg.stop().catch(() => {})
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
