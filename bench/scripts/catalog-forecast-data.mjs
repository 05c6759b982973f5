// Data of the forecast-job benchmark: `series` variant × location series of weekly demand drawn by the catalog's
// seeded synthetic generator (the same mix of smooth, intermittent and lumpy series as the forecast suite), as the
// forecast job finds them on a normal night:
// - the demand table holds weeks 0 .. weeks-2 (what earlier runs aggregated), written with COPY;
// - the last complete week is only in core's order line facts (new orders since the last run, one sales channel
//   per stock location, so the job attributes each line to its location), and the watermark says the table is
//   up to date until then; the job must aggregate that week itself.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"

const WEEK = 7 * 86_400_000

function weekStartMonday(ms) {
  const day = Math.floor(ms / 86_400_000)
  const dow = (day + 3) % 7
  return (day - dow) * 86_400_000
}

const csvText = (v) => (v === null || v === undefined ? "" : typeof v === "string" && /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : String(v))

async function copyFile(client, table, cols, file) {
  fs.chmodSync(file, 0o644)
  await client.query(`copy ${table} (${cols.join(",")}) from '${file}' with (format csv)`)
}

export async function loadForecastBenchData(client, { root, series = 100_000, weeks = 104, now = Date.now(), log = console.log }) {
  const require = createRequire(path.join(root, "package.json"))
  const lib = (p) => require(path.join(root, "plugins/catalog/.medusa/server/src/lib", p))
  const { syntheticDemandSeries } = lib("series/synthetic-demand")
  const { createRng } = lib("math/prng")
  const asOf = weekStartMonday(now)
  const origin = asOf - weeks * WEEK
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "catalog-bench-"))
  fs.chmodSync(dir, 0o755)
  const demandFile = path.join(dir, "demand.csv")
  const factsFile = path.join(dir, "facts.csv")
  const demand = fs.createWriteStream(demandFile)
  const facts = fs.createWriteStream(factsFile)
  const write = (stream, line) => (stream.write(line) ? null : new Promise((r) => stream.once("drain", r)))
  let demandRows = 0
  let factRows = 0
  const t0 = Date.now()
  const last = weeks - 1
  const iso = (ms) => new Date(ms).toISOString()
  for (let i = 0; i < series; i++) {
    const s = syntheticDemandSeries(createRng(7 * 1_000_003 + i), { periods: weeks })
    const variant = `variant_bench_${String(i >> 1).padStart(6, "0")}`
    const product = `prod_bench_${String(i >> 2).padStart(6, "0")}`
    const loc = i & 1 ? 2 : 1
    const price = 500 + (i % 37) * 125
    let k = 0
    for (let t = 0; t < weeks; t++) {
      const n = s.lines[t]
      const sizes = []
      for (let j = 0; j < n; j++) sizes.push(s.sizes[k + j])
      if (t === last) {
        for (let j = 0; j < n; j++) {
          const id = `bench_line_${i}_${j}`
          const placed = asOf - WEEK + Math.floor(((j + 0.5) / n) * (WEEK - 1000))
          const q = sizes[j]
          const p = write(facts, [id, `order_bench_${i}_${j}`, iso(placed), "completed", "eur", `sc_bench_${loc}`, product, variant, q, price, q * price, q * price].map(csvText).join(",") + "\n")
          if (p) await p
          factRows++
        }
      } else if (s.units[t] > 0) {
        const row = [`fcd_b${i}_${t}`, "week", variant, `sloc_bench_${loc}`, product, iso(origin + t * WEEK), s.units[t], n, s.units[t] * price, 0, sizes.join(",")]
        const p = write(demand, row.map(csvText).join(",") + "\n")
        if (p) await p
        demandRows++
      }
      k += n
    }
  }
  await Promise.all([new Promise((r) => demand.end(r)), new Promise((r) => facts.end(r))])
  const genSeconds = (Date.now() - t0) / 1000
  const t1 = Date.now()
  await client.query(`delete from finesse_catalog_demand where granularity = 'week'`)
  await client.query(`delete from finesse_order_line_fact where id like 'bench_line_%'`)
  await copyFile(client, "finesse_catalog_demand", ["id", "granularity", "variant_id", "location_id", "product_id", "period_start", "units", "lines", "revenue", "promo_units", "sizes"], demandFile)
  await copyFile(client, "finesse_order_line_fact", ["id", "order_id", "placed_at", "status", "currency_code", "sales_channel_id", "product_id", "variant_id", "quantity", "unit_price", "subtotal", "total"], factsFile)
  for (const loc of [1, 2]) {
    await client.query(
      `insert into sales_channel_stock_location (sales_channel_id, stock_location_id, id) values ($1, $2, $3) on conflict do nothing`,
      [`sc_bench_${loc}`, `sloc_bench_${loc}`, `scloc_bench_${loc}`]
    )
  }
  // the state after last week's run: demand aggregated up to the week before the last, facts seen until yesterday
  const mark = { facts_until: iso(now - 86_400_000 * 8), from: iso(asOf - 156 * WEEK), until: iso(asOf - WEEK) }
  await client.query(
    `insert into finesse_catalog_setting (id, key, value) values ('fcset_bench_week', 'demand_watermark:week', $1::jsonb)
     on conflict (key) where deleted_at is null do update set value = excluded.value`,
    [JSON.stringify(mark)]
  )
  await client.query(`analyze finesse_catalog_demand`)
  await client.query(`analyze finesse_order_line_fact`)
  fs.rmSync(dir, { recursive: true, force: true })
  const loadSeconds = (Date.now() - t1) / 1000
  log(`[forecast-job] ${series} series × ${weeks} weeks: ${demandRows} demand rows and ${factRows} new line facts (generated in ${genSeconds.toFixed(1)} s, loaded in ${loadSeconds.toFixed(1)} s)`)
  return { demandRows, factRows, asOf, genSeconds, loadSeconds }
}
