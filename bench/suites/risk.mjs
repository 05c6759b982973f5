// Suite `risk`: order scoring at placement against 1,000,000 past orders in the real counter table (p95 ≤ 20 ms, the
// time the complete-cart hooks add), the planted fraud ring of the demo store caught with precision and recall ≥ 0.9
// (ground truth from planDemoStore(...).truth.risk), and the KPI anomaly job over two years of daily rollups (≤ 5 s,
// the planted outage day found).
// The database half runs in `medusa exec bench/scripts/risk-bench.ts` against a throw-away Postgres with only core and
// risk loaded (FINESSE_PLUGINS=risk); the ring half scores the demo plan in memory (bench/scripts/risk-ring.ts).
// It needs plugins/risk built (npm run build -w plugins/risk); it builds nothing itself.
// Options: --orders=1000000 --scored=2000 --scale=1
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { MEDUSA_BIN, ROOT, freePort, run, startEmbeddedPostgres } from "../../scripts/lib.mjs"
import { withDb } from "../../scripts/setup.mjs"
import { medusaExec } from "../lib/medusa.mjs"

const arg = (args, name, dflt) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? dflt)

function tsNode(script, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] })
    let out = ""
    child.stdout.on("data", (d) => (out += d))
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${script} exited with ${code}`))))
  })
}

export default async function riskSuite({ args, log }) {
  const orders = arg(args, "orders", 1_000_000)
  const scored = arg(args, "scored", 2000)
  const scale = arg(args, "scale", 1)
  if (!fs.existsSync(path.join(ROOT, "plugins/risk/.medusa/server/src/lib/index.js"))) throw new Error("build the risk plugin first: npm run build -w plugins/risk")
  const load = os.loadavg()

  log(`bench: the demo store's fraud ring (scale ${scale}), scored as history`)
  const ringOut = await tsNode(path.join(ROOT, "bench/scripts/risk-ring.ts"), { DEMO_SCALE: String(scale) })
  const ring = JSON.parse(ringOut.split("\n").find((l) => l.startsWith("RISK_RING ")).slice("RISK_RING ".length))
  log(`bench: ring ${JSON.stringify(ring)}`)

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "finesse-bench-risk-"))
  fs.chmodSync(dataDir, 0o755)
  const port = await freePort(55640)
  const pg = await startEmbeddedPostgres({ port, dataDir: path.join(dataDir, "data"), persistent: false, fast: true })
  try {
    await withDb({ DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` }, (c) => c.query("create database bench"))
    const env = { MEDUSA_DISABLE_TELEMETRY: "true", DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${port}/bench`, FINESSE_PLUGINS: "risk" }
    log("bench: medusa db:migrate (core and risk)")
    await run(MEDUSA_BIN, ["db:migrate"], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] })
    log(`bench: ${orders} past orders into the counter table, then ${scored} checkouts scored one by one`)
    const out = await medusaExec("./bench/scripts/risk-bench.ts", { ...env, BENCH_ORDERS: String(orders), BENCH_SCORED: String(scored) })
    const line = out.split("\n").find((l) => l.startsWith("RISK_BENCH "))
    if (!line) throw new Error(`no result from bench/scripts/risk-bench.ts:\n${out.slice(-2000)}`)
    const r = JSON.parse(line.slice("RISK_BENCH ".length))
    log(`bench: ${JSON.stringify(r)}`)
    const loadAfter = os.loadavg()
    return [
      { metric: "risk.score_p95_ms_1m_orders", value: r.score_ms.p95, unit: "ms", target: 20, better: "lower" },
      { metric: "risk.score_p50_ms_1m_orders", value: r.score_ms.p50, unit: "ms" },
      { metric: "risk.score_p99_ms_1m_orders", value: r.score_ms.p99, unit: "ms" },
      { metric: "risk.past_orders", value: r.past_orders, unit: "orders" },
      { metric: "risk.counter_write_seconds", value: r.write_seconds, unit: "s" },
      { metric: "risk.ring_precision", value: ring.with_ring_report.precision, unit: "ratio", target: 0.9, better: "higher" },
      { metric: "risk.ring_recall", value: ring.with_ring_report.recall, unit: "ratio", target: 0.9, better: "higher" },
      { metric: "risk.ring_precision_at_placement", value: ring.at_placement.precision, unit: "ratio" },
      { metric: "risk.ring_recall_at_placement", value: ring.at_placement.recall, unit: "ratio" },
      { metric: "risk.anomaly_2y_seconds", value: r.anomaly_seconds, unit: "s", target: 5, better: "lower" },
      { metric: "risk.anomaly_outage_found", value: r.anomaly.outage_found ? 1 : 0, unit: "bool", target: 1, better: "higher" },
      { metric: "risk.anomaly_other_incidents_2y", value: r.anomaly.other_incidents, unit: "incidents" },
      { metric: "load_average_1m", value: (load[0] + loadAfter[0]) / 2, unit: "" },
    ]
  } finally {
    await pg.stop().catch(() => {})
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
