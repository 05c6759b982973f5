// `npm run bench -- <suite> [--json] [suite options]`: runs one benchmark suite from bench/suites/<suite>.mjs.
// A suite starts whatever it needs (its own Postgres, Redis, Medusa processes) and stops it.
// Output: a readable table, or with --json one line per result:
//   {"suite":…,"metric":…,"value":…,"unit":…,"target":…}
import fs from "node:fs"
import path from "node:path"
import { pathToFileURL } from "node:url"
import { ROOT } from "./lib.mjs"

const args = process.argv.slice(2)
const json = args.includes("--json")
const rest = args.filter((a) => a !== "--json")
const suite = rest.shift()
const dir = path.join(ROOT, "bench/suites")
const suites = fs.readdirSync(dir).filter((f) => f.endsWith(".mjs")).map((f) => f.replace(/\.mjs$/, "")).sort()
if (!suite || !suites.includes(suite)) {
  console.error(`usage: npm run bench -- <suite> [--json]\nsuites: ${suites.join(", ")}`)
  process.exit(2)
}
const log = json ? (...a) => console.error(...a) : (...a) => console.log(...a)
const { default: run } = await import(pathToFileURL(path.join(dir, `${suite}.mjs`)).href)
let results
try {
  results = await run({ args: rest, root: ROOT, log })
} catch (e) {
  console.error(e)
  process.exit(1)
}
let failed = 0
for (const r of results) {
  const ok = r.target == null || (r.better === "higher" ? r.value >= r.target : r.value <= r.target)
  if (!ok) failed++
  r.ok = ok
}
if (json) {
  for (const r of results) {
    console.log(JSON.stringify({ suite, metric: r.metric, value: r.value, unit: r.unit, target: r.target ?? null }))
  }
} else {
  const rows = results.map((r) => [
    r.metric,
    typeof r.value === "number" ? +r.value.toFixed(r.value >= 100 ? 0 : 4) + "" : String(r.value),
    r.unit ?? "",
    r.target == null ? "" : `${r.better === "higher" ? ">=" : "<="} ${r.target}`,
    r.target == null ? "" : r.ok ? "ok" : "MISSED",
  ])
  const head = ["metric", "value", "unit", "target", ""]
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells) => cells.map((c, i) => c.padEnd(w[i])).join("  ")
  console.log(`\nbench ${suite}`)
  console.log(line(head))
  console.log(w.map((n) => "-".repeat(n)).join("  "))
  for (const r of rows) console.log(line(r))
}
process.exit(failed ? 1 : 0)
