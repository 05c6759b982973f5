// Demand forecast on UCI Online Retail: the forecast CLI forecasts 4 weeks from 2011-11-07 for every product sold in
// the 12 weeks before, using only earlier lines (it picks methods and parameters by backtests that end before
// as-of). This suite scores it against what was sold in 2011-11-07 .. 2011-12-04 with WAPE, next to the seasonal-
// naive baseline (each product's mean of the 4 weeks before as-of), and checks the 80 % interval coverage. It also
// times the forecast library on 100,000 synthetic weekly series (the nightly job's size), without I/O, and then the
// forecast job itself over 100,000 variant × location series in a database (forecast-job.mjs, ≤ 120 s).
//   npm run bench -- forecast [--json] [--no-build] [--synthetic N] [--no-synthetic] [--no-job] [--series N] [--nightly]
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"
import { RETAIL_FILE, runFinesseCli } from "../lib/util.mjs"
import { forecastJobBench } from "./forecast-job.mjs"

const AS_OF = "2011-11-07"
const WEEKS = 4
const DAY = 86_400_000

function build(root, log) {
  log("[forecast] npm run build -w plugins/catalog")
  const r = spawnSync("npm", ["run", "build", "-w", "plugins/catalog"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] })
  if (r.status !== 0) throw new Error(`build of plugins/catalog failed (exit ${r.status})`)
}

/** The CLI's definition of a demand line (see `npm run finesse -- forecast --help`), written out again here. */
function isDemand(line) {
  return !line.cancelled && line.quantity > 0 && line.unitPriceMinor > 0 && /^\d{5}/.test(line.stockCode)
}

function argValue(args, name, fallback) {
  const i = args.indexOf(name)
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback
}

async function retailScore({ root, log, args }) {
  const out = path.join(os.tmpdir(), `forecast-bench-${process.pid}.csv`)
  const cliArgs = ["forecast", "--orders", RETAIL_FILE, "--as-of", AS_OF, "--horizon-weeks", String(WEEKS), "--out", out, "--detail"]
  log(`[forecast] npm run finesse -- ${cliArgs.join(" ")}`)
  let cli = await runFinesseCli(cliArgs)
  if (cli.code !== 0 && !args.includes("--no-build")) {
    // core may be mid-rebuild by other work (its build empties .medusa/server first): wait and measure once more
    log(`[forecast] CLI exited with ${cli.code}; retrying once in 30 s`)
    await new Promise((r) => setTimeout(r, 30_000))
    cli = await runFinesseCli(cliArgs)
  }
  if (cli.code !== 0) throw new Error(`forecast CLI exited with ${cli.code}`)
  log(cli.stdout.trimEnd())

  const require = createRequire(path.join(root, "package.json"))
  const { forEachRetailLine, parseDay } = require("@finesse/core/lib/retail/read-retail")
  const asOf = parseDay(AS_OF) // a Monday
  const from = asOf - 4 * 7 * DAY
  const to = asOf + WEEKS * 7 * DAY
  const actual = new Map() // code -> weekly units in the test window
  const last4 = new Map() // code -> units in the 4 weeks before as-of
  const sold12 = new Set()
  await forEachRetailLine(RETAIL_FILE, (l) => {
    if (!isDemand(l)) return
    if (l.time >= asOf - 84 * DAY && l.time < asOf) sold12.add(l.stockCode)
    if (l.time >= from && l.time < asOf) last4.set(l.stockCode, (last4.get(l.stockCode) ?? 0) + l.quantity)
    if (l.time >= asOf && l.time < to) {
      const w = Math.floor((l.time - asOf) / (7 * DAY))
      let a = actual.get(l.stockCode)
      if (!a) actual.set(l.stockCode, (a = new Array(WEEKS).fill(0)))
      a[w] += l.quantity
    }
  })

  const [head, ...rows] = fs.readFileSync(out, "utf8").trimEnd().split("\n")
  fs.rmSync(out, { force: true })
  const cols = head.split(",")
  const at = (name) => {
    const i = cols.indexOf(name)
    if (i < 0) throw new Error(`CSV lacks ${name}: ${head}`)
    return i
  }
  const [cCode, cWeek, cFc, cLo, cHi] = ["stock_code", "week_start", "forecast", "lower_80", "upper_80"].map(at)
  const weekIndex = new Map(Array.from({ length: WEEKS }, (_, k) => [new Date(asOf + k * 7 * DAY).toISOString().slice(0, 10), k]))
  const seen = new Map()
  let num = 0
  let den = 0
  let base = 0
  let covered = 0
  let bands = 0
  for (const row of rows) {
    // stock codes and numbers never hold commas in this file
    const c = row.split(",")
    const k = weekIndex.get(c[cWeek])
    if (k === undefined) throw new Error(`unexpected week_start ${c[cWeek]}`)
    const code = c[cCode]
    seen.set(code, (seen.get(code) ?? 0) + 1)
    const f = Number(c[cFc])
    if (!Number.isFinite(f) || f < 0) throw new Error(`bad forecast for ${code}: ${c[cFc]}`)
    const a = actual.get(code)?.[k] ?? 0
    const b = (last4.get(code) ?? 0) / 4
    num += Math.abs(a - f)
    base += Math.abs(a - b)
    den += a
    if (c[cLo] !== "" && c[cHi] !== "") {
      bands++
      if (a >= Number(c[cLo]) && a <= Number(c[cHi])) covered++
    }
  }
  const missing = [...sold12].filter((c) => seen.get(c) !== WEEKS)
  if (missing.length) throw new Error(`${missing.length} products sold in the 12 weeks before ${AS_OF} lack ${WEEKS} rows (e.g. ${missing.slice(0, 3).join(", ")})`)
  if (seen.size !== sold12.size) throw new Error(`the CSV has ${seen.size} products, ${sold12.size} were sold in the 12 weeks before ${AS_OF}`)
  const wape = num / den
  const wapeBase = base / den
  log(`[forecast] ${seen.size} products, ${den} units sold in the test weeks; WAPE ${wape.toFixed(4)} vs seasonal naive ${wapeBase.toFixed(4)}`)
  return [
    { metric: "wape", value: wape, unit: "", target: null, better: "lower" },
    { metric: "wape_seasonal_naive", value: wapeBase, unit: "", target: null, better: "lower" },
    { metric: "wape_improvement", value: 1 - wape / wapeBase, unit: "", target: 0.1, better: "higher" },
    { metric: "interval80_coverage", value: bands ? covered / bands : NaN, unit: "", target: null, better: "higher" },
    { metric: "products", value: seen.size, unit: "", target: null, better: "higher" },
    { metric: "cli_seconds", value: cli.seconds, unit: "s", target: 60, better: "lower" },
    { metric: "cli_peak_rss", value: cli.peakRss / 1e6, unit: "MB", target: null, better: "lower" },
  ]
}

function syntheticThroughput({ root, log, count }) {
  const require = createRequire(path.join(root, "package.json"))
  const lib = (p) => require(path.join(root, "plugins/catalog/.medusa/server/src/lib", p))
  const { syntheticDemandSeries } = lib("series/synthetic-demand")
  const { createRng } = lib("math/prng")
  const { forecastBatch } = lib("forecast/forecast-batch")
  const { defaultForecastConfig, orderRateGrid } = lib("forecast/default-config")
  const gen = (i) => syntheticDemandSeries(createRng(7 * 1_000_003 + i), { periods: 104 })
  // generating the series is not the library's work: time it alone and subtract it (wall and CPU time; on this
  // shared machine the CPU time is the stable figure, the wall time depends on what else runs)
  const g0 = performance.now()
  const gc0 = process.cpuUsage()
  for (let i = 0; i < count; i++) gen(i)
  const genMs = performance.now() - g0
  const genCpu = process.cpuUsage(gc0)
  const genCpuMs = (genCpu.user + genCpu.system) / 1000
  const config = defaultForecastConfig("week", 4)
  const classes = {}
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  const sample = Math.min(count, 5000)
  const { calibration } = forecastBatch({ length: count, get: gen }, {
    config,
    tune: [orderRateGrid("week")],
    calibrationSample: sample,
    tuneSample: 500,
    seed: 1,
    onForecast: (_, f) => (classes[f.method] = (classes[f.method] ?? 0) + 1),
  })
  const totalMs = performance.now() - t0
  const cpu = process.cpuUsage(c0)
  // the batch generated the calibration sample once more and every series once
  const regen = 1 + sample / count
  const libMs = totalMs - genMs * regen
  const libCpuMs = (cpu.user + cpu.system) / 1000 - genCpuMs * regen
  log(`[forecast] synthetic: ${count} series × 104 weeks: ${(libMs / 1000).toFixed(1)} s wall, ${(libCpuMs / 1000).toFixed(1)} s CPU of library time (generation subtracted); methods ${JSON.stringify(classes)}; tuned ${JSON.stringify(calibration.tuning.map((t) => t.args))}`)
  return [
    { metric: "synthetic_series", value: count, unit: "", target: null, better: "higher" },
    { metric: "synthetic_cpu_ms_per_series", value: libCpuMs / count, unit: "ms", target: 0.5, better: "lower" },
    { metric: "synthetic_wall_ms_per_series", value: libMs / count, unit: "ms", target: null, better: "lower" },
    { metric: "synthetic_100k_wall_seconds", value: ((libMs / count) * 100_000) / 1000, unit: "s", target: null, better: "lower" },
  ]
}

export default async function run({ args, root, log }) {
  if (!fs.existsSync(RETAIL_FILE)) throw new Error(`missing ${RETAIL_FILE}`)
  if (!args.includes("--no-build")) build(root, log)
  const results = await retailScore({ root, log, args })
  if (!args.includes("--no-synthetic")) results.push(...syntheticThroughput({ root, log, count: argValue(args, "--synthetic", 100_000) }))
  if (!args.includes("--no-job")) for (const r of await forecastJobBench({ args, root, log })) results.push({ ...r, metric: `job_${r.metric.replace(/^job_/, "")}` })
  log(`[forecast] load: ${os.loadavg().map((v) => v.toFixed(2)).join(" ")}`)
  return results
}
