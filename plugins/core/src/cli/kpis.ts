// `npm run finesse -- kpis --orders <file.csv[.gz]> [--json]`: monthly order KPIs from an Online Retail file.
import { existsSync, statSync } from "node:fs"
import { Command, CommanderError } from "commander"
import { forEachRetailLine, type ReadStats } from "../lib/retail/read-retail"
import { RetailMonthlyAggregator, type RetailMonth, type RetailTotals } from "../lib/kpis/retail-monthly"

const DEFINITIONS = `
Definitions (one row per UTC month, YYYY-MM):
  gmv            sum of quantity x unit price over lines of non-cancelled invoices with quantity > 0 and
                 unit price > 0, in major units (the file's currency) with 2 decimals
  orders         distinct non-cancelled invoice numbers with at least one such line (price-0 stock
                 adjustments and negative corrections are not orders)
  customers      distinct customer ids with an order in the month
  new            customers whose first order in the whole file is in this month (so every customer of the
                 file's first month is new); returning = customers - new
  repeat_rate    customers with 2 or more distinct orders in the month / customers in the month
  cancel_rate    distinct cancellation invoices (InvoiceNo starting with "C") / distinct invoices of any
                 kind in the month
  Lines without a CustomerID count for gmv and orders but for no customer metric.
  Malformed lines are counted and reported on stderr (first few line numbers and reasons); they never make
  the command fail.

Output: an aligned table, or with --json one JSON object per month and a final {"summary":true,...} line.
`

function pct(value: number | null): string {
  return value === null ? "-" : `${(value * 100).toFixed(1)}%`
}

function major(minor: number): string {
  const sign = minor < 0 ? "-" : ""
  const abs = Math.abs(minor)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`
}

function round(value: number | null, digits = 6): number | null {
  return value === null ? null : Number(value.toFixed(digits))
}

function jsonLines(rows: RetailMonth[], totals: RetailTotals, stats: ReadStats, file: string, ms: number): string {
  const out = rows.map((r) =>
    JSON.stringify({
      month: r.month,
      gmv: Number(major(r.gmvMinor)),
      gmv_minor: r.gmvMinor,
      orders: r.orders,
      customers: r.customers,
      new_customers: r.newCustomers,
      returning_customers: r.returningCustomers,
      repeat_customers: r.repeatCustomers,
      repeat_rate: round(r.repeatRate),
      invoices: r.invoices,
      cancellations: r.cancellations,
      cancellation_rate: round(r.cancellationRate),
    })
  )
  out.push(
    JSON.stringify({
      summary: true,
      file,
      months: rows.length,
      first_month: rows[0]?.month ?? null,
      last_month: rows[rows.length - 1]?.month ?? null,
      gmv: Number(major(totals.gmvMinor)),
      gmv_minor: totals.gmvMinor,
      orders: totals.orders,
      customers: totals.customers,
      invoices: totals.invoices,
      cancellations: totals.cancellations,
      lines: stats.lines,
      malformed: stats.malformed,
      elapsed_ms: Math.round(ms),
    })
  )
  return out.join("\n") + "\n"
}

function table(rows: RetailMonth[], totals: RetailTotals, stats: ReadStats): string {
  const head = ["month", "gmv", "orders", "customers", "new", "returning", "repeat_rate", "cancel_rate"]
  const body = rows.map((r) => [
    r.month,
    major(r.gmvMinor),
    String(r.orders),
    String(r.customers),
    String(r.newCustomers),
    String(r.returningCustomers),
    pct(r.repeatRate),
    pct(r.cancellationRate),
  ])
  const total = ["total", major(totals.gmvMinor), String(totals.orders), String(totals.customers), "", "", "", ""]
  const all = [head, ...body, total]
  const widths = head.map((_, i) => Math.max(...all.map((row) => row[i].length)))
  // first column left-aligned, numbers right-aligned
  const line = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ")
  const rule = widths.map((w) => "-".repeat(w)).join("  ")
  return [line(head), rule, ...body.map(line), rule, line(total), "", `${stats.lines} lines read, ${stats.malformed} malformed`, ""].join("\n")
}

function reportMalformed(stats: ReadStats): void {
  if (stats.malformed === 0) return
  const examples = stats.examples.map((e) => `  line ${e.lineNo}: ${e.reason}`).join("\n")
  process.stderr.write(
    `[kpis] ${stats.malformed} malformed line(s) skipped; the first ${stats.examples.length}:\n${examples}\n`
  )
}

export async function run(argv: string[]): Promise<number> {
  const program = new Command("kpis")
    .description("Monthly order KPIs (GMV, orders, customers, new/returning, repeat and cancellation rates) from an Online Retail order file")
    .requiredOption("--orders <file>", "order lines in the Online Retail layout (.csv, or .csv.gz read with gunzip on the fly)")
    .option("--json", "machine output: one JSON object per month, then a summary line", false)
    .addHelpText("after", DEFINITIONS)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
    })

  let opts: { orders: string; json: boolean }
  try {
    program.parse(argv, { from: "user" })
    opts = program.opts<{ orders: string; json: boolean }>()
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2
    throw e
  }

  // Checked up front: a missing file piped into gunzip would otherwise never end the stream.
  if (!existsSync(opts.orders) || !statSync(opts.orders).isFile()) {
    process.stderr.write(`[kpis] no such file: ${opts.orders}\n`)
    return 1
  }

  const t0 = process.hrtime.bigint()
  const agg = new RetailMonthlyAggregator()
  let stats: ReadStats
  try {
    stats = await forEachRetailLine(opts.orders, (line) => agg.add(line))
  } catch (e) {
    process.stderr.write(`[kpis] could not read ${opts.orders}: ${(e as Error).message}\n`)
    return 1
  }
  const rows = agg.result()
  const totals = agg.totals()
  const ms = Number(process.hrtime.bigint() - t0) / 1e6

  reportMalformed(stats)
  process.stdout.write(opts.json ? jsonLines(rows, totals, stats, opts.orders, ms) : table(rows, totals, stats))
  return 0
}
