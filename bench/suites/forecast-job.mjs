// The forecast job over 100,000 variant × location series in the database (item 10, part 2): its own Postgres
// (migrated for core + catalog), the demand table of 100,000 synthetic weekly series (104 weeks, the catalog's
// seeded generator) with the last week only in core's line facts, a Medusa process (FINESSE_PLUGINS=catalog), and
// the job started through the admin API and followed through core's job runtime until it completes. Measured:
// the job's time from start to finish (target ≤ 120 s) and its phases (demand refresh, read, calibration,
// forecast and write on worker threads, publish). The first run recalibrates (the weekly worst case); with
// --nightly a second run reuses that calibration, as the nightly job does.
//   npm run bench -- forecast-job [--json] [--series N] [--build] [--nightly] [--keep]
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"
import { MEDUSA_BIN, freePort, run as runCmd, startEmbeddedPostgres } from "../../scripts/lib.mjs"
import { adminToken, startMedusaProcess } from "../lib/medusa.mjs"
import { loadForecastBenchData } from "../scripts/catalog-forecast-data.mjs"

const argValue = (args, name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback
}

async function runJob(app, token, body, log) {
  const h = { authorization: `Bearer ${token}`, "content-type": "application/json" }
  const t0 = Date.now()
  const r = await fetch(`${app.baseUrl}/admin/finesse/catalog/forecasts/run`, { method: "POST", headers: h, body: JSON.stringify(body) })
  if (r.status !== 202) throw new Error(`forecast run: ${r.status} ${await r.text()}`)
  const { job } = await r.json()
  let last = ""
  for (;;) {
    await new Promise((res) => setTimeout(res, 1000))
    const j = (await (await fetch(`${app.baseUrl}/admin/finesse/jobs/${job.id}`, { headers: h })).json()).job
    const line = `${j.state} ${Math.round(j.progress)} % ${j.message ?? ""}`
    if (line !== last) log(`[forecast-job]   ${((Date.now() - t0) / 1000).toFixed(0)} s: ${line}`)
    last = line
    if (j.state === "completed") return { job: j, wall: (Date.now() - t0) / 1000, seconds: (new Date(j.finished_at) - new Date(j.started_at)) / 1000 }
    if (["failed", "cancelled"].includes(j.state)) throw new Error(`forecast job ${j.state}: ${j.error}`)
    if (Date.now() - t0 > 30 * 60_000) throw new Error("forecast job did not finish in 30 minutes")
  }
}

export async function forecastJobBench({ args, root, log }) {
  const series = argValue(args, "--series", 100_000)
  const require = createRequire(path.join(root, "package.json"))
  const { Client } = require("pg")
  if (args.includes("--build") || !fs.existsSync(path.join(root, "plugins/catalog/.medusa/server/src/engine/forecast-run.js"))) {
    log("[forecast-job] npm run build -w plugins/catalog")
    await runCmd("npm", ["run", "build", "-w", "plugins/catalog"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] })
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "finesse-bench-forecast-"))
  fs.chmodSync(dataDir, 0o755)
  const port = await freePort(55600)
  const pg = await startEmbeddedPostgres({ port, dataDir: path.join(dataDir, "data"), persistent: false, fast: true })
  const base = `postgres://postgres:postgres@127.0.0.1:${port}`
  const env = { MEDUSA_DISABLE_TELEMETRY: "true", DATABASE_URL: `${base}/bench`, FINESSE_PLUGINS: "catalog", LOG_LEVEL: "warn" }
  let app
  try {
    const admin = new Client({ connectionString: `${base}/postgres` })
    await admin.connect()
    await admin.query("create database bench")
    await admin.end()
    log("[forecast-job] medusa db:migrate (core + catalog)")
    await runCmd(MEDUSA_BIN, ["db:migrate"], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] })
    await runCmd(MEDUSA_BIN, ["user", "-e", "admin@example.com", "-p", "supersecret"], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] })
    const db = new Client({ connectionString: env.DATABASE_URL })
    await db.connect()
    const data = await loadForecastBenchData(db, { root, series, log })
    await db.end()
    app = await startMedusaProcess("forecast-job", env, { log })
    const token = await adminToken(app.baseUrl)
    log(`[forecast-job] load before the run: ${os.loadavg().map((v) => v.toFixed(2)).join(" ")}`)
    const first = await runJob(app, token, { granularity: "week", recalibrate: true }, log)
    const r = first.job.result
    log(`[forecast-job] ${r.series} series in ${first.seconds.toFixed(1)} s (phases ${JSON.stringify(r.seconds)}); methods ${JSON.stringify(r.methods)}`)
    const results = [
      { metric: "job_seconds", value: first.seconds, unit: "s", target: 120, better: "lower" },
      { metric: "series", value: r.series, unit: "", target: Math.floor(series * 0.99), better: "higher" },
      { metric: "demand_rows", value: data.demandRows, unit: "", target: null, better: "higher" },
      { metric: "new_line_facts", value: data.factRows, unit: "", target: null, better: "higher" },
      { metric: "refresh_seconds", value: r.seconds.demand_refresh, unit: "s", target: null, better: "lower" },
      { metric: "read_seconds", value: r.seconds.read, unit: "s", target: null, better: "lower" },
      { metric: "calibrate_seconds", value: r.seconds.calibrate, unit: "s", target: null, better: "lower" },
      { metric: "forecast_write_seconds", value: r.seconds.forecast_and_write, unit: "s", target: null, better: "lower" },
      { metric: "forecast_cpu_seconds", value: r.seconds.forecast_and_write_cpu, unit: "s", target: null, better: "lower" },
      { metric: "workers", value: r.workers, unit: "", target: null, better: "higher" },
    ]
    if (args.includes("--nightly")) {
      const second = await runJob(app, token, { granularity: "week" }, log)
      log(`[forecast-job] nightly rerun (calibration reused): ${second.seconds.toFixed(1)} s (${JSON.stringify(second.job.result.seconds)})`)
      results.push({ metric: "nightly_job_seconds", value: second.seconds, unit: "s", target: 120, better: "lower" })
    }
    log(`[forecast-job] load after: ${os.loadavg().map((v) => v.toFixed(2)).join(" ")}`)
    return results
  } finally {
    await app?.stop()
    if (!args.includes("--keep")) {
      await pg.stop().catch(() => {})
      fs.rmSync(dataDir, { recursive: true, force: true })
    } else log(`[forecast-job] kept Postgres on ${base}/bench (data in ${dataDir})`)
  }
}

export default async function run(ctx) {
  return forecastJobBench(ctx)
}
