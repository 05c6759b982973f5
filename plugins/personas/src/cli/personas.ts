// `npm run finesse -- personas --orders <file.csv[.gz]> [--as-of YYYY-MM-DD] [--k N] [--out file.csv]`:
// RFM, buy-again probabilities, expected value and persona clusters per customer of an Online Retail file.
import { existsSync, statSync } from "node:fs"
import { Command, CommanderError, InvalidArgumentError } from "commander"
import { parseDay } from "@finesse/core/lib/retail/read-retail"
import { recomputePersonas } from "../lib/recompute/recompute-personas"
import { formatCards, writePersonaCsv } from "./personas-output"
import { readRetailOrders } from "./retail-orders"

const HELP = `
Input: Online Retail lines (InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country).
  Standard cleaning: a CustomerID, InvoiceNo not starting with C, Quantity > 0, UnitPrice > 0, StockCode
  starting with five digits. One order per invoice; net = sum of quantity x unit price.
  Lines dated on or after --as-of are ignored (an honest backtest); the default as-of is the UTC day after
  the file's last line.

Output CSV (--out), one row per customer with an order before the as-of date:
  customer_id, recency_days and tenure_days (days before the as-of instant, 2 decimals), frequency (orders),
  monetary and avg_order_value (major units of the file's currency, 2 decimals), r, f, m (quintile scores
  1-5, recent = 5), rfm_segment, spend_level (low < p50 <= mid < p80 <= high < p95 <= top),
  p_buy_30d and p_buy_90d (probability of an order within 30/90 days), expected_value_12m (BG/NBD x
  Gamma-Gamma, major units, 2 decimals), churn_risk (P(no order in 90 days): low < 33 % <= medium <= 66 % < high),
  cluster, persona, persona_id, tags (space-separated).

Buy-again model: trained on the file itself with time-shifted labels (features as of as-of - W days,
  label = ordered in the following W days, W = 30 and 90), logistic regression blended with boosted trees,
  then applied as of the as-of date. Protocol P backtest (--as-of 2011-11-01, label = ordered
  2011-11-01..2011-12-09): ROC AUC of p_buy_90d 0.751 (frequency alone 0.727, BG/NBD 0.738).

Persona cards (name, description, size, key figures) are printed to stdout.
`

type Options = { orders: string; asOf?: number; k?: number; out?: string; method: "kmeans" | "ward"; seed: number }

function positiveInt(name: string) {
  return (v: string) => {
    const n = Number(v)
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive integer`)
    return n
  }
}

export async function run(argv: string[]): Promise<number> {
  const program = new Command("personas")
    .description("RFM, buy-again probabilities, expected value and persona clusters per customer of an Online Retail file")
    .requiredOption("--orders <file>", "order lines in the Online Retail layout (.csv, or .csv.gz read with gunzip on the fly)")
    .option("--as-of <YYYY-MM-DD>", "ignore lines dated on or after this day (default: the day after the last line)", (v) => {
      let day: number
      try {
        day = parseDay(v)
      } catch (e) {
        throw new InvalidArgumentError((e as Error).message)
      }
      // Date.UTC rolls 2011-13-01 over into 2012; refuse dates that do not exist
      if (new Date(day).toISOString().slice(0, 10) !== v) throw new InvalidArgumentError(`not a calendar date: ${v}`)
      return day
    })
    .option("--k <n>", "number of personas (default: chosen by silhouette, 2..8)", positiveInt("--k"))
    .option("--out <file>", "write one CSV row per customer here")
    .option("--method <method>", "kmeans (all customers) or ward (Ward on a sample, rest by nearest centre)", (v) => {
      if (v !== "kmeans" && v !== "ward") throw new InvalidArgumentError("expected kmeans or ward")
      return v
    }, "kmeans")
    .option("--seed <n>", "random seed for k-means++ and samples", positiveInt("--seed"), 1)
    .addHelpText("after", HELP)
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) })

  let opts: Options
  try {
    program.parse(argv, { from: "user" })
    opts = program.opts<Options>()
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2
    throw e
  }
  if (!existsSync(opts.orders) || !statSync(opts.orders).isFile()) {
    process.stderr.write(`[personas] no such file: ${opts.orders}\n`)
    return 1
  }

  const t0 = performance.now()
  let data
  try {
    data = await readRetailOrders(opts.orders, opts.asOf)
  } catch (e) {
    process.stderr.write(`[personas] could not read ${opts.orders}: ${(e as Error).message}\n`)
    return 1
  }
  const t1 = performance.now()
  if (data.stats.malformed > 0) {
    const ex = data.stats.examples.map((e) => `  line ${e.lineNo}: ${e.reason}`).join("\n")
    process.stderr.write(`[personas] ${data.stats.malformed} malformed line(s) skipped; the first ${data.stats.examples.length}:\n${ex}\n`)
  }
  const asOfDay = new Date(data.asOf).toISOString().slice(0, 10)
  if (data.orders === 0) {
    process.stderr.write(`[personas] no order before ${asOfDay} after cleaning\n`)
    return 1
  }
  let personaRun
  try {
    personaRun = recomputePersonas(data.table, {
      asOf: data.asOf,
      cluster: { k: opts.k, method: opts.method, seed: opts.seed },
      prediction: { buyAgain: { seed: opts.seed }, value: { seed: opts.seed } },
    })
  } catch (e) {
    if (e instanceof RangeError) {
      process.stderr.write(`[personas] ${e.message}\n`)
      return 2
    }
    throw e
  }
  const t2 = performance.now()
  if (opts.out) await writePersonaCsv(opts.out, personaRun)
  const t3 = performance.now()

  const m = personaRun.models
  const windows = m.prediction.buyAgain.windows
    .map((w) => `${w.windowDays} d (${w.trainingRows} customers, ${w.positives} bought)`)
    .join(", ")
  const sil = m.cluster.silhouetteByK.map((s) => `k=${s.k} ${s.silhouette.toFixed(3)}`).join(", ")
  const lines = [
    `as of ${asOfDay}: ${personaRun.customers.length} customers, ${data.orders} orders (${data.ordersAfterAsOf} later orders ignored), ${data.stats.lines} lines read`,
    `buy-again model: ${windows || "too little history, BG/NBD fallback"}`,
    `personas: k = ${m.cluster.k} by ${m.cluster.method}${sil ? ` (silhouette ${sil})` : ""}`,
    "",
    formatCards(personaRun.cards),
    opts.out ? `wrote ${personaRun.customers.length} rows to ${opts.out}` : "no --out given: CSV not written",
    `time: read ${((t1 - t0) / 1000).toFixed(2)} s, models ${((t2 - t1) / 1000).toFixed(2)} s, write ${((t3 - t2) / 1000).toFixed(2)} s`,
    "",
  ]
  process.stdout.write(lines.join("\n"))
  return 0
}
