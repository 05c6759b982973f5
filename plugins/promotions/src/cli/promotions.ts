// `npm run finesse -- promotions evaluate --orders <csv[.gz]> --treatment <ids> --control <ids> --from <day> --to <day>`:
// compares a treatment group with a control group of an Online Retail file over a window (Welch, CUPED, proportions).
import { existsSync, statSync } from "node:fs"
import { Command, CommanderError, InvalidArgumentError } from "commander"
import { parseDay } from "@finesse/core/lib/retail/read-retail"
import { buildCustomerPanel, compareArms } from "../lib/evaluation/customer-panel"
import { DAY_MS } from "../lib/math/time"
import { metricLines } from "./evaluate-output"
import { readIdFile } from "./read-ids"
import { readRetailOrders } from "./retail-orders"

const EVALUATE_HELP = `
Input: Online Retail lines (InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country),
  .csv or .csv.gz. Standard cleaning: a CustomerID, InvoiceNo not starting with C, Quantity > 0, UnitPrice > 0,
  StockCode starting with five digits. One order per invoice; its GMV = sum of quantity x unit price.
  --treatment and --control: one customer id a line (a header line, blank lines and # comments are skipped,
  "12345.0" is read as 12345). Every listed customer counts, with zeros when they bought nothing.
  Window: --from 00:00 UTC to the end of --to (inclusive). Pre-period: --pre-from (default: the file's start)
  up to --from; it is the CUPED covariate.

Output: one line per metric, "key=value" fields separated by spaces:
  metric=gmv_per_customer          GMV per customer in the window, major units of the file's currency.
                                   Estimator: CUPED (Deng et al. 2013) with the customer's pre-period GMV as
                                   covariate, theta pooled within arms (= the ANCOVA treatment coefficient),
                                   Welch-Satterthwaite t interval on the adjusted values.
  metric=gmv_per_customer_welch    the same metric, plain Welch t test (no covariate), for reference.
  metric=orders_per_customer       orders per customer in the window; CUPED on pre-period orders.
  metric=orders_per_customer_welch the same, plain Welch.
  metric=conversion_rate           share of customers with at least one order in the window; two-proportion
                                   z test (pooled se) and Wald interval (unpooled se).
  Fields: diff (treatment - control), ci_low and ci_high (the (1 - alpha) interval of diff), p (two-sided,
  diff = 0), p_holm (Holm-adjusted over the three primary metrics gmv_per_customer, orders_per_customer,
  conversion_rate), estimator, mean_treatment and mean_control (CUPED: adjusted means), relative
  (diff / control mean), prob_better (Bayesian probability that treatment > control: normal approximation
  of the estimate for means, exact Beta-Binomial with uniform priors for the conversion rate), n_treatment,
  n_control, and for CUPED theta, variance_reduction (share of variance removed) and covariate.
  Lines starting with "#" describe the input (customers, orders, malformed lines).

Exit codes: 0 done, 1 unreadable input, 2 bad options (unknown option, bad date, --to before --from, an id in
  both groups, an empty group).
`

type EvaluateOptions = { orders: string; treatment: string; control: string; from: number; to: number; preFrom?: number; alpha: number }

function dayOption(v: string): number {
  let day: number
  try {
    day = parseDay(v)
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message)
  }
  if (new Date(day).toISOString().slice(0, 10) !== v) throw new InvalidArgumentError(`not a calendar date: ${v}`)
  return day
}

function alphaOption(v: string): number {
  const a = Number(v)
  if (!(a > 0 && a < 1)) throw new InvalidArgumentError("alpha must be a number in (0, 1)")
  return a
}

const fail = (code: number, message: string) => {
  process.stderr.write(`[promotions] ${message}\n`)
  return code
}

export async function run(argv: string[]): Promise<number> {
  let chosen: EvaluateOptions | null = null
  const program = new Command("promotions")
    .description("promotion and experiment analysis on an Online Retail order file")
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) })
  program
    .command("evaluate")
    .description("compare a treatment group with a control group over a window: GMV and orders per customer (CUPED and Welch), conversion rate")
    .requiredOption("--orders <file>", "order lines in the Online Retail layout (.csv or .csv.gz)")
    .requiredOption("--treatment <file>", "customer ids of the treatment group, one a line")
    .requiredOption("--control <file>", "customer ids of the control group, one a line")
    .requiredOption("--from <YYYY-MM-DD>", "first day of the window (00:00 UTC)", dayOption)
    .requiredOption("--to <YYYY-MM-DD>", "last day of the window (inclusive)", dayOption)
    .option("--pre-from <YYYY-MM-DD>", "start of the pre-period used as the CUPED covariate (default: the file's start)", dayOption)
    .option("--alpha <a>", "two-sided level; intervals are (1 - alpha)", alphaOption, 0.05)
    .addHelpText("after", EVALUATE_HELP)
    .action((opts: EvaluateOptions) => {
      chosen = opts
    })
  try {
    program.parse(argv, { from: "user" })
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2
    throw e
  }
  if (!chosen) {
    program.outputHelp()
    return argv.length === 0 ? 0 : 2
  }
  return evaluate(chosen)
}

async function evaluate(opts: EvaluateOptions): Promise<number> {
  const to = opts.to + DAY_MS
  if (!(to > opts.from)) return fail(2, "--to is before --from")
  if (opts.preFrom !== undefined && opts.preFrom > opts.from) return fail(2, "--pre-from is after --from")
  for (const f of [opts.orders, opts.treatment, opts.control]) {
    if (!existsSync(f) || !statSync(f).isFile()) return fail(1, `no such file: ${f}`)
  }
  const t0 = performance.now()
  const [treatment, control] = await Promise.all([readIdFile(opts.treatment), readIdFile(opts.control)])
  if (treatment.ids.length < 2 || control.ids.length < 2) return fail(2, "each group needs at least two customer ids")
  const inControl = new Set(control.ids)
  const both = treatment.ids.filter((id) => inControl.has(id))
  if (both.length) return fail(2, `${both.length} customer id(s) are in both groups, e.g. ${both.slice(0, 3).join(", ")}`)
  let data
  try {
    data = await readRetailOrders(opts.orders)
  } catch (e) {
    return fail(1, `could not read ${opts.orders}: ${(e as Error).message}`)
  }
  if (data.stats.malformed > 0) {
    const ex = data.stats.examples.map((e) => `  line ${e.lineNo}: ${e.reason}`).join("\n")
    process.stderr.write(`[promotions] ${data.stats.malformed} malformed line(s) skipped; the first ${data.stats.examples.length}:\n${ex}\n`)
  }
  for (const [name, list] of [["treatment", treatment], ["control", control]] as const) {
    if (list.malformed.length) process.stderr.write(`[promotions] ${list.malformed.length} line(s) of the ${name} file are not ids (first: line ${list.malformed[0].lineNo})\n`)
  }
  const panel = buildCustomerPanel([...treatment.ids, ...control.ids], data.orders, { from: opts.from, to, preFrom: opts.preFrom })
  const rowsOf = (ids: string[]) => Int32Array.from(ids, (id) => panel.index.get(id) as number)
  const tRows = rowsOf(treatment.ids)
  const cRows = rowsOf(control.ids)
  const comparison = compareArms(panel, tRows, cRows, { alpha: opts.alpha })
  const buyers = new Set(data.orders.map((o) => o.customer_id))
  const unknown = (ids: string[]) => ids.filter((id) => !buyers.has(id)).length
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
  let windowOrders = 0
  for (let i = 0; i < panel.orders.length; i++) windowOrders += panel.orders[i]
  const out = [
    `# orders file: ${data.stats.lines} lines read, ${data.stats.malformed} malformed, ${data.dropped} dropped by the standard cleaning, ${data.orders.length} orders ${Number.isFinite(data.firstTime) ? `${day(data.firstTime)}..${day(data.lastTime)}` : "(none)"}`,
    `# window ${day(opts.from)}..${day(opts.to)}, pre-period ${opts.preFrom !== undefined ? day(opts.preFrom) : "file start"}..${day(opts.from - DAY_MS)}, alpha ${opts.alpha}`,
    `# treatment ${treatment.ids.length} customers (${unknown(treatment.ids)} without any order in the file, ${treatment.duplicates} duplicate ids), control ${control.ids.length} (${unknown(control.ids)} without any order, ${control.duplicates} duplicates); ${windowOrders} orders in the window`,
    ...metricLines(comparison),
    `# time ${((performance.now() - t0) / 1000).toFixed(2)} s`,
    "",
  ]
  process.stdout.write(out.join("\n"))
  return 0
}
