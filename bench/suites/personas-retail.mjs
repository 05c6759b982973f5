// Protocol P on the UCI Online Retail file: the personas CLI scores every customer as of 2011-11-01 from
// earlier lines only; the label is whether the customer bought (standard cleaning) in 2011-11-01..2011-12-09.
// Reports the ROC AUC of p_buy_90d, the CLI's wall time and its peak RSS.
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"
import { RETAIL_FILE, runFinesseCli } from "../lib/util.mjs"

const AS_OF = "2011-11-01"
const LABEL_END = "2011-12-10" // exclusive: the file's last day is 2011-12-09

/** ROC AUC by the rank (Mann-Whitney U) formula, tied scores sharing their average rank. */
export function rocAuc(scores, labels) {
  const order = scores.map((_, i) => i).sort((i, j) => scores[i] - scores[j])
  let positives = 0
  let rankSum = 0
  for (let i = 0; i < order.length; ) {
    let j = i
    while (j + 1 < order.length && scores[order[j + 1]] === scores[order[i]]) j++
    const avg = (i + j) / 2 + 1
    for (let k = i; k <= j; k++) if (labels[order[k]]) (positives++, (rankSum += avg))
    i = j + 1
  }
  const negatives = order.length - positives
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives)
}

function build(root, log, plugin) {
  log(`[personas-retail] npm run build -w plugins/${plugin}`)
  const r = spawnSync("npm", ["run", "build", "-w", `plugins/${plugin}`], { cwd: root, stdio: ["ignore", "ignore", "inherit"] })
  if (r.status !== 0) throw new Error(`build of plugins/${plugin} failed (exit ${r.status})`)
}

export default async function run({ args, root, log }) {
  if (!fs.existsSync(RETAIL_FILE)) throw new Error(`missing ${RETAIL_FILE}`)
  if (!args.includes("--no-build")) {
    build(root, log, "core")
    build(root, log, "personas")
  }
  const out = path.join(os.tmpdir(), `personas-retail-${process.pid}.csv`)
  log(`[personas-retail] npm run finesse -- personas --orders ${RETAIL_FILE} --as-of ${AS_OF}`)
  const cliArgs = ["personas", "--orders", RETAIL_FILE, "--as-of", AS_OF, "--out", out]
  let cli = await runFinesseCli(cliArgs)
  if (cli.code !== 0 && !args.includes("--no-build")) {
    // other work may rebuild plugins/core at the same moment (its build empties .medusa/server first):
    // wait, rebuild and measure once more rather than report a failure that is not ours
    log(`[personas-retail] CLI exited with ${cli.code}; rebuilding and retrying once in 30 s`)
    await new Promise((r) => setTimeout(r, 30_000))
    build(root, log, "core")
    build(root, log, "personas")
    cli = await runFinesseCli(cliArgs)
  }
  if (cli.code !== 0) throw new Error(`personas CLI exited with ${cli.code}`)
  log(cli.stdout.trimEnd())

  // the label, from the file itself with the standard cleaning (read with core's reader, as the CLI does)
  const require = createRequire(path.join(root, "package.json"))
  const { forEachRetailLine, isStandardPurchase, parseDay } = require("@finesse/core/lib/retail/read-retail")
  const from = parseDay(AS_OF)
  const to = parseDay(LABEL_END)
  const buyers = new Set()
  const trainCustomers = new Set()
  await forEachRetailLine(RETAIL_FILE, (line) => {
    if (!isStandardPurchase(line)) return
    if (line.time < from) trainCustomers.add(line.customerId)
    else if (line.time < to) buyers.add(line.customerId)
  })

  const [head, ...rows] = fs.readFileSync(out, "utf8").trimEnd().split("\n")
  fs.rmSync(out, { force: true })
  const cols = head.split(",")
  const idCol = cols.indexOf("customer_id")
  const pCol = cols.indexOf("p_buy_90d")
  if (idCol < 0 || pCol < 0) throw new Error(`CSV lacks customer_id or p_buy_90d: ${head}`)
  const scores = []
  const labels = []
  const scored = new Set()
  for (const row of rows) {
    // the id and probability columns never contain commas or quotes
    const cells = row.split(",")
    scored.add(cells[idCol])
    scores.push(Number(cells[pCol]))
    labels.push(buyers.has(cells[idCol]) ? 1 : 0)
  }
  const missing = [...trainCustomers].filter((c) => !scored.has(c)).length
  if (missing > 0) throw new Error(`${missing} customers with a purchase before ${AS_OF} have no row in the CSV`)
  if (scores.some((s) => !Number.isFinite(s))) throw new Error("p_buy_90d has non-numeric values")
  const positives = labels.reduce((s, v) => s + v, 0)
  log(`[personas-retail] ${labels.length} customers scored, ${positives} bought in ${AS_OF}..2011-12-09`)

  return [
    { metric: "auc_p_buy_90d", value: rocAuc(scores, labels), unit: "", target: 0.75, better: "higher" },
    { metric: "cli_seconds", value: cli.seconds, unit: "s", target: 15, better: "lower" },
    { metric: "peak_rss", value: cli.peakRss / 1e6, unit: "MB", target: null, better: "lower" },
    { metric: "customers_scored", value: labels.length, unit: "", target: null, better: "higher" },
  ]
}
