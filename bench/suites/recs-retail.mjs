// Recommendations on UCI Online Retail, protocol R of shared/data/README.md: train before 2011-11-01, test
// 2011-11-01 … 2011-12-09, k = 10. Runs the offline CLI (`npm run finesse -- recommend`) as a user would:
// once per protocol (R-new, R-all), then once trained on the full file writing top-10 lists for every customer,
// which is what train_seconds and peak_rss measure (the worst of the three runs for RSS).
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import readline from "node:readline"
import { createGunzip } from "node:zlib"
import { createRequire } from "node:module"
import { RETAIL_FILE, runFinesseCli } from "../lib/util.mjs"

const CUT = "2011-11-01"

/** Streams the retail file into train.csv (dated before CUT) and test.csv (from CUT on), header in both. */
async function splitByDate(file, dir, splitCsvLine) {
  const train = fs.createWriteStream(path.join(dir, "train.csv"))
  const test = fs.createWriteStream(path.join(dir, "test.csv"))
  const customers = new Set()
  const input = fs.createReadStream(file).pipe(createGunzip())
  let header = true
  let counts = { train: 0, test: 0 }
  const write = (stream, line) => (stream.write(line + "\n") ? null : new Promise((r) => stream.once("drain", r)))
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
    if (header) {
      header = false
      await write(train, line)
      await write(test, line)
      continue
    }
    const fields = splitCsvLine(line)
    const date = fields[4] ?? ""
    const customer = fields[6] ?? ""
    if (customer) customers.add(customer.endsWith(".0") ? customer.slice(0, -2) : customer)
    // dates are YYYY-MM-DD HH:MM:SS, so a string comparison is a time comparison
    if (date < CUT) {
      counts.train++
      await write(train, line)
    } else {
      counts.test++
      await write(test, line)
    }
  }
  await Promise.all([train, test].map((s) => new Promise((r) => s.end(r))))
  fs.writeFileSync(path.join(dir, "customers.txt"), [...customers].sort().join("\n") + "\n")
  return counts
}

function parseMetrics(stdout) {
  const out = {}
  for (const m of stdout.matchAll(/^(HR|Recall|NDCG)@(\d+)=([0-9.]+)$/gm)) out[m[1]] = Number(m[3])
  return out
}

export default async function run({ root, log }) {
  if (!fs.existsSync(RETAIL_FILE)) throw new Error(`missing ${RETAIL_FILE}`)
  for (const p of ["core", "recommendations"]) {
    log(`[recs-retail] building plugins/${p}`)
    const r = spawnSync("npm", ["run", "build", "-w", `plugins/${p}`], { cwd: root, stdio: ["ignore", "ignore", "inherit"] })
    if (r.status !== 0) throw new Error(`build of plugins/${p} failed`)
  }
  const require = createRequire(path.join(root, "package.json"))
  const { splitCsvLine } = require("@finesse/core/lib/retail/read-retail")
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "finesse-recs-"))
  try {
    const counts = await splitByDate(RETAIL_FILE, dir, splitCsvLine)
    log(`[recs-retail] split ${counts.train} train / ${counts.test} test lines into ${dir}`)
    const results = []
    let peak = 0
    for (const protocol of ["new", "all"]) {
      const r = await runFinesseCli(["recommend", "--train", path.join(dir, "train.csv"), "--test", path.join(dir, "test.csv"), "--k", "10", "--protocol", protocol])
      if (r.code !== 0) throw new Error(`recommend --protocol ${protocol} exited with ${r.code}`)
      const m = parseMetrics(r.stdout)
      log(`[recs-retail] R-${protocol}: ${r.stdout.trim().replace(/\n/g, " ")} (${r.seconds.toFixed(1)} s)`)
      peak = Math.max(peak, r.peakRss)
      results.push({ metric: `r_${protocol}_ndcg_at_10`, value: m.NDCG, unit: "", target: protocol === "new" ? 0.11 : 0.36, better: "higher" })
      results.push({ metric: `r_${protocol}_hr_at_10`, value: m.HR, unit: "", better: "higher" })
    }
    const out = path.join(dir, "top10.csv")
    const full = await runFinesseCli(["recommend", "--train", RETAIL_FILE, "--customers", path.join(dir, "customers.txt"), "--k", "10", "--out", out])
    if (full.code !== 0) throw new Error(`recommend --out exited with ${full.code}`)
    const rows = fs.readFileSync(out, "utf8").trim().split("\n").length - 1
    log(`[recs-retail] full file: ${rows} rows written in ${full.seconds.toFixed(1)} s`)
    peak = Math.max(peak, full.peakRss)
    results.push({ metric: "train_seconds", value: full.seconds, unit: "s", target: 60, better: "lower" })
    results.push({ metric: "peak_rss", value: peak / 2 ** 20, unit: "MB", target: 2048, better: "lower" })
    return results
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
