// `npm run bench -- retail-kpis [--runs N]`: the offline KPI CLI over the full Online Retail file
// (541,909 lines, gzipped), timed end to end as a user runs it (`npm run finesse -- kpis`, Node start-up included).
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import { RETAIL_FILE, runFinesseCli } from "../lib/util.mjs"

// Figures of the standard file, checked independently (a Python pass over the CSV): they make a silent
// parsing or aggregation regression fail the bench instead of only making it faster.
const EXPECTED = {
  months: 13,
  first_month: "2010-12",
  last_month: "2011-12",
  lines: 541909,
  malformed: 0,
  gmv_minor: 1066668454,
  orders: 19960,
  customers: 4338,
  invoices: 25900,
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/**
 * Other engineers rebuild plugins/core while benches run; `medusa plugin:build` first deletes .medusa/server.
 * Wait for the compiled CLI to be back rather than time a one-off rebuild by the dispatcher.
 */
async function waitForCli(file, log, seconds = 180) {
  for (let waited = 0; !fs.existsSync(file); waited += 2) {
    if (waited >= seconds) return false
    if (waited % 20 === 0) log(`waiting for ${file} (a concurrent build is running?)`)
    await sleep(2000)
  }
  await sleep(500) // let the build finish writing its files
  return true
}

function median(values) {
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

export default async function run({ args, root, log }) {
  const runsArg = args.indexOf("--runs")
  const runs = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1]) || 3) : 3
  if (!fs.existsSync(RETAIL_FILE)) throw new Error(`missing ${RETAIL_FILE} (see ../shared/data/README.md)`)

  log("building plugins/core")
  const build = spawnSync("npm", ["run", "build", "-w", "plugins/core"], { cwd: root, encoding: "utf8" })
  // medusa plugin:build still emits JavaScript when other files have type errors; only a missing CLI is fatal.
  if (build.status !== 0) log(`[warn] build exited with ${build.status}; using whatever it emitted`)
  const cli = `${root}/plugins/core/.medusa/server/src/cli/kpis.js`
  if (!(await waitForCli(cli, log))) {
    throw new Error(`plugins/core did not build the kpis CLI:\n${build.stdout}\n${build.stderr}`)
  }

  const seconds = []
  const rss = []
  let lastOut = ""
  for (let i = 0; i < runs; i++) {
    await waitForCli(cli, log)
    let r = await runFinesseCli(["kpis", "--orders", RETAIL_FILE, "--json"])
    if (r.code !== 0) {
      log(`run ${i + 1} exited with ${r.code}; retrying once after the build settles`)
      await waitForCli(cli, log)
      r = await runFinesseCli(["kpis", "--orders", RETAIL_FILE, "--json"])
    }
    if (r.code !== 0) throw new Error(`kpis exited with ${r.code}`)
    seconds.push(r.seconds)
    rss.push(r.peakRss)
    lastOut = r.stdout
    log(`run ${i + 1}/${runs}: ${r.seconds.toFixed(2)} s, peak RSS ${(r.peakRss / 2 ** 20).toFixed(0)} MiB`)
  }

  const records = lastOut.trim().split("\n").map((l) => JSON.parse(l))
  const summary = records.find((r) => r.summary)
  const months = records.filter((r) => !r.summary)
  const problems = []
  if (!summary) problems.push("no summary line")
  for (const [key, value] of Object.entries(EXPECTED)) {
    if (summary?.[key] !== value) problems.push(`${key}: expected ${value}, got ${summary?.[key]}`)
  }
  if (months.length !== EXPECTED.months) problems.push(`${months.length} month rows`)
  const gmvSum = months.reduce((s, m) => s + m.gmv_minor, 0)
  if (gmvSum !== summary?.gmv_minor) problems.push(`month GMV sums to ${gmvSum}, summary says ${summary?.gmv_minor}`)
  for (const m of months) {
    if (m.new_customers + m.returning_customers !== m.customers) problems.push(`${m.month}: new + returning != customers`)
    if (!(m.repeat_rate >= 0 && m.repeat_rate <= 1)) problems.push(`${m.month}: repeat_rate ${m.repeat_rate}`)
    if (!(m.cancellation_rate >= 0 && m.cancellation_rate <= 1)) problems.push(`${m.month}: cancellation_rate ${m.cancellation_rate}`)
  }
  // the playbook's seasonality: November is the peak month of this gift retailer
  const peak = months.reduce((a, b) => (b.gmv_minor > a.gmv_minor ? b : a), months[0])
  if (peak?.month !== "2011-11") problems.push(`peak month ${peak?.month}, expected 2011-11`)
  for (const p of problems) log(`[sanity] ${p}`)

  return [
    { metric: "cli_seconds", value: median(seconds), unit: "s", target: 5, better: "lower" },
    { metric: "cli_seconds_max", value: Math.max(...seconds), unit: "s" },
    { metric: "peak_rss", value: Math.max(...rss) / 2 ** 20, unit: "MiB" },
    { metric: "output_sane", value: problems.length === 0 ? 1 : 0, unit: "bool", target: 1, better: "higher" },
    { metric: "months", value: months.length, unit: "months" },
    { metric: "gmv_total", value: (summary?.gmv_minor ?? NaN) / 100, unit: "GBP" },
    { metric: "orders", value: summary?.orders ?? NaN, unit: "orders" },
    { metric: "customers", value: summary?.customers ?? NaN, unit: "customers" },
  ]
}
