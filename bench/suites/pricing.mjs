// Suite `pricing`: @finesse/pricing on a synthetic catalog of --variants (default 100,000) variants in its own Postgres
// and Medusa (FINESSE_PLUGINS=pricing, in-process jobs).
//   (a) a repricing run over every variant (store-wide cost-plus with a .99 ending, competitive bands on 10 of the 40
//       categories from seeded competitor quotes, value-based positioning on 5, guardrails: floor, 15 % step,
//       cool-down): `reprice_seconds` (the job's own start → finish, target ≤ 60) and the server's peak RSS over its
//       life (`reprice_peak_rss_mb`, VmHWM, target ≤ 1,536);
//   (b) competitor observations over HTTP: --observations (100,000) in batches of 5,000 from 4 clients at once,
//       `ingest_per_second` (target ≥ 10,000) and `ingest_lost` (rows sent − rows stored, target 0);
//   (c) applying a batch of --apply (10,000) approved price changes into the Finesse price list through the apply
//       workflow: `apply_seconds` (the apply request, target ≤ 30) and `apply_price_list_rows` (what the list holds).
// Options: --variants=N --observations=N --apply=N --no-build.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { spawnSync } from "node:child_process"
import { MEDUSA_BIN, ROOT, freePort, run, startEmbeddedPostgres } from "../../scripts/lib.mjs"
import { withDb } from "../../scripts/setup.mjs"
import { waitForJob } from "../lib/jobs.mjs"
import { adminToken, startMedusaProcess } from "../lib/medusa.mjs"
import { catalogSql } from "../scripts/pricing-catalog.mjs"

const opt = (args, name, dflt) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? dflt)
const vmHwmMb = (pid) => Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))[1]) / 1024

export default async function pricingSuite({ args, log }) {
  const variants = opt(args, "variants", 100_000)
  const observations = opt(args, "observations", 100_000)
  const applyN = opt(args, "apply", 10_000)
  if (!args.includes("--no-build")) {
    log("[pricing] npm run build -w plugins/pricing")
    const b = spawnSync("npm", ["run", "build", "-w", "plugins/pricing"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] })
    if (b.status !== 0) throw new Error(`build of plugins/pricing failed (exit ${b.status})`)
  }
  // other work may be rebuilding plugins/core (its build empties .medusa/server first): wait for it
  for (let i = 0; !fs.existsSync(path.join(ROOT, "plugins/core/.medusa/server/src/job-runtime/index.js")); i++) {
    if (i >= 8) throw new Error("plugins/core is not built (plugins/core/.medusa/server is missing)")
    log("[pricing] plugins/core/.medusa/server is missing (a rebuild?); waiting 30 s")
    await new Promise((r) => setTimeout(r, 30_000))
  }

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "finesse-bench-pricing-"))
  fs.chmodSync(dataDir, 0o755)
  const pgPort = await freePort(56100)
  const pg = await startEmbeddedPostgres({ port: pgPort, dataDir: path.join(dataDir, "data"), persistent: false, fast: true })
  const env = { MEDUSA_DISABLE_TELEMETRY: "true", DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${pgPort}/bench`, FINESSE_PLUGINS: "pricing" }
  let app
  try {
    await withDb({ DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${pgPort}/postgres` }, (c) => c.query("create database bench"))
    log("[pricing] medusa db:migrate")
    await run(MEDUSA_BIN, ["db:migrate"], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] })
    await run(MEDUSA_BIN, ["user", "-e", "admin@example.com", "-p", "supersecret"], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] })
    let t = Date.now()
    await withDb(env, (c) => c.query(catalogSql({ variants })))
    log(`[pricing] catalog of ${variants} variants written in ${((Date.now() - t) / 1000).toFixed(1)} s`)

    app = await startMedusaProcess("pricing", env, { log })
    const pid = app.child.pid
    const token = await adminToken(app.baseUrl)
    const h = { authorization: `Bearer ${token}`, "content-type": "application/json" }
    const call = async (method, p, body) => {
      const r = await fetch(`${app.baseUrl}/admin/finesse/pricing${p}`, { method, headers: h, body: body ? JSON.stringify(body) : undefined })
      const text = await r.text()
      if (!r.ok) throw new Error(`${method} ${p}: ${r.status} ${text.slice(0, 500)}`)
      return JSON.parse(text)
    }
    await call("POST", "/settings", {
      guardrails: { floor: { basis: "margin", pct: 10 }, max_step: { pct: 15 }, cooldown: { days: 7 } },
      // nothing approves itself: (c) approves exactly --apply proposals
      auto_approve_max_step_pct: 0,
      approver_step_pct: 50,
      default_ending: "99",
    })
    await call("POST", "/assignments", { strategy: "cost_plus", args: { targetPct: 45 }, scope: "store" })
    for (let c = 0; c < 10; c++) await call("POST", "/assignments", { strategy: "competitive", args: { mode: "band", anchor: "median", bandLowPct: -3, bandHighPct: 3 }, scope: "category", scope_id: `pcat_pb${c}` })
    for (let c = 10; c < 15; c++) await call("POST", "/assignments", { strategy: "value_based", args: { tier: "mid" }, scope: "category", scope_id: `pcat_pb${c}` })
    const rssBefore = vmHwmMb(pid)

    // (a) repricing run
    t = Date.now()
    const { job } = await call("POST", "/reprice", { note: "benchmark" })
    const done = await waitForJob(env, job.id, { timeoutMs: 20 * 60_000 })
    const wall = (Date.now() - t) / 1000
    if (done.state !== "completed") throw new Error(`repricing ${done.state}: ${done.error}`)
    const repriceSeconds = (new Date(done.finished_at) - new Date(done.started_at)) / 1000
    const peakRss = vmHwmMb(pid)
    const res = done.result
    log(`[pricing] reprice: ${res.targets} prices, ${res.kept} proposals kept in ${repriceSeconds.toFixed(1)} s (wall ${wall.toFixed(1)} s), ${JSON.stringify(res.summary.byStatus)}; seconds ${JSON.stringify(res.summary.seconds)}; RSS peak ${peakRss.toFixed(0)} MB (before ${rssBefore.toFixed(0)} MB)`)

    // (b) observations over HTTP, 4 clients, 5,000 per request
    const BATCH = 5000
    const now = Date.now()
    const rows = (i) => {
      const v = 1 + (i % variants)
      return { competitor_id: `fpcomp_pb${1 + (Math.floor(i / variants) % 3)}`, variant_id: `variant_pb${String(v).padStart(7, "0")}`, price: 1000 + ((i * 7919) % 19000), currency_code: "eur", in_stock: i % 17 !== 0, observed_at: new Date(now - 60_000 - Math.floor(i / (3 * variants)) * 3_600_000).toISOString() }
    }
    const batches = []
    for (let at = 0; at < observations; at += BATCH) batches.push(JSON.stringify({ observations: Array.from({ length: Math.min(BATCH, observations - at) }, (_, k) => rows(at + k)) }))
    const before = (await withDb(env, (c) => c.query(`select count(*)::int n from finesse_pricing_observation`))).rows[0].n
    let next = 0
    let accepted = 0
    t = performance.now()
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < batches.length) {
          const b = batches[next++]
          const r = await fetch(`${app.baseUrl}/admin/finesse/pricing/observations`, { method: "POST", headers: h, body: b })
          if (!r.ok) throw new Error(`observations: ${r.status} ${(await r.text()).slice(0, 300)}`)
          accepted += (await r.json()).accepted
        }
      })
    )
    const ingestSeconds = (performance.now() - t) / 1000
    const after = (await withDb(env, (c) => c.query(`select count(*)::int n from finesse_pricing_observation`))).rows[0].n
    const lost = observations - (after - before)
    log(`[pricing] ingest: ${observations} observations in ${ingestSeconds.toFixed(2)} s (${accepted} accepted, ${after - before} stored)`)

    // (c) apply --apply approved proposals
    const pick = await withDb(env, (c) =>
      c.query(`select id from finesse_pricing_proposal where batch_id = $1 and status = 'pending' order by id limit $2`, [res.batch_id, applyN])
    )
    const ids = pick.rows.map((r) => r.id)
    await call("POST", `/batches/${res.batch_id}/approve`, { proposal_ids: ids })
    t = performance.now()
    const applied = await call("POST", `/batches/${res.batch_id}/apply`, {})
    const applySeconds = (performance.now() - t) / 1000
    const listRows = (await withDb(env, (c) => c.query(`select count(*)::int n from price where price_list_id = (select value #>> '{}' from finesse_pricing_setting where key = 'price_list_id') and deleted_at is null`))).rows[0].n
    log(`[pricing] apply: ${applied.applied} changes (${applied.stale} stale) in ${applySeconds.toFixed(1)} s; price list holds ${listRows}`)

    return [
      { metric: "reprice_seconds", value: repriceSeconds, unit: "s", target: 60, better: "lower" },
      { metric: "reprice_peak_rss_mb", value: Math.round(peakRss), unit: "MB", target: 1536, better: "lower" },
      { metric: "reprice_prices", value: res.targets, unit: "prices", target: variants, better: "higher" },
      { metric: "reprice_proposals_kept", value: res.kept, unit: "proposals" },
      { metric: "ingest_per_second", value: Math.round(observations / ingestSeconds), unit: "obs/s", target: 10_000, better: "higher" },
      { metric: "ingest_lost", value: lost, unit: "obs", target: 0, better: "lower" },
      { metric: "apply_seconds", value: applySeconds, unit: "s", target: 30, better: "lower" },
      { metric: "apply_changes", value: applied.applied, unit: "changes", target: applyN, better: "higher" },
      { metric: "apply_price_list_rows", value: listRows, unit: "prices", target: applyN, better: "higher" },
    ]
  } finally {
    await app?.stop()
    await pg.stop().catch(() => {})
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
