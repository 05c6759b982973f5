// `npm run finesse -- returns match --orders <file.csv[.gz]> --out <file.csv> [--order lifo|fifo]`: pairs each
// Online Retail cancellation line with the purchase line(s) it cancels and prints the share matched.
import { createWriteStream, existsSync, statSync } from "node:fs"
import { once } from "node:events"
import { Command, CommanderError, InvalidArgumentError } from "commander"
import { forEachRetailLine } from "@finesse/core/lib/retail/read-retail"
import { AllocationOrder, CancellationMatcher, MatchRow, MatchSummary, summarizeMatches } from "../lib/returns-match/match-cancellations"

const HELP = `
Input: Online Retail lines (InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country).
  A cancellation line has an InvoiceNo starting with C and a negative Quantity; every other line with a
  Quantity > 0 and a CustomerID is a purchase line (no price or stock-code cleaning: a cancelled POST or
  discount line is paired with the customer's earlier POST or discount line like any other).

Matching: a cancellation line is paired with purchase lines of the same customer and stock code made before
  it (earlier InvoiceDate, or the same minute and earlier in the file). Its units go to those purchases most
  recent first (--order lifo, the default) or oldest first (--order fifo), never more units of a purchase line
  than it had, less what earlier cancellations already took. Cancellations are allocated in time order.

Output CSV (--out), one row per matched purchase line of each cancellation line, in file order:
  cancel_invoice   the cancellation's InvoiceNo (C...)
  stock_code       the StockCode of both lines
  customer_id      the CustomerID (empty when the cancellation has none)
  matched_invoice  the purchase InvoiceNo these units cancel; empty for units no purchase accounts for
                   (no customer, no earlier purchase of the item, or more cancelled than bought)
  quantity         units (positive)

Printed: the share of cancellation lines matched fully / partly / not at all, the share of cancelled units
  matched, the same for product lines only (StockCode starting with five digits), unmatched units by cause,
  malformed lines skipped, and the run time.
`

type Options = { orders: string; out?: string; order: AllocationOrder }

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : "n/a")
const int = (n: number) => n.toLocaleString("en-US")

function csvField(s: string | null | number): string {
  if (s === null) return ""
  const t = String(s)
  return /[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t
}

async function writeRows(file: string, rows: readonly MatchRow[]): Promise<void> {
  const out = createWriteStream(file)
  const failed = new Promise<never>((_, reject) => out.on("error", reject))
  const write = async (s: string) => {
    if (!out.write(s)) await Promise.race([once(out, "drain"), failed])
  }
  await write("cancel_invoice,stock_code,customer_id,matched_invoice,quantity\n")
  for (let i = 0; i < rows.length; i += 10_000) {
    let chunk = ""
    for (const r of rows.slice(i, i + 10_000)) {
      chunk += `${csvField(r.cancelInvoice)},${csvField(r.stockCode)},${csvField(r.customerId)},${csvField(r.matchedInvoice)},${r.quantity}\n`
    }
    await write(chunk)
  }
  out.end()
  await Promise.race([once(out, "finish"), failed])
}

function summaryLines(title: string, s: MatchSummary): string[] {
  return [
    `${title}: ${int(s.cancellationLines)} cancellation lines, ${int(s.cancelledUnits)} units`,
    `  lines matched fully ${int(s.fullyMatchedLines)} (${pct(s.fullyMatchedLines, s.cancellationLines)}), partly ${int(s.partlyMatchedLines)} (${pct(s.partlyMatchedLines, s.cancellationLines)}), not at all ${int(s.unmatchedLines)} (${pct(s.unmatchedLines, s.cancellationLines)})`,
    `  lines matched at least in part: ${pct(s.fullyMatchedLines + s.partlyMatchedLines, s.cancellationLines)}`,
    `  units matched: ${int(s.matchedUnits)} of ${int(s.cancelledUnits)} (${pct(s.matchedUnits, s.cancelledUnits)})`,
    `  unmatched units: no customer ${int(s.unmatchedUnits.noCustomer)}, no earlier purchase ${int(s.unmatchedUnits.noEarlierPurchase)}, more than bought ${int(s.unmatchedUnits.exceedsPurchases)}`,
  ]
}

export async function run(argv: string[]): Promise<number> {
  let result = 0
  const program = new Command("returns")
    .description("after-sales analyses of an Online Retail order file")
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) })
  program
    .command("match")
    .description("pair each cancellation line (InvoiceNo starting with C) with the purchase line(s) it cancels")
    .requiredOption("--orders <file>", "order lines in the Online Retail layout (.csv, or .csv.gz read with gunzip on the fly)")
    .option("--out <file>", "write the pairs here as CSV")
    .option("--order <order>", "lifo (most recent purchase first) or fifo (oldest first)", (v) => {
      if (v !== "lifo" && v !== "fifo") throw new InvalidArgumentError("expected lifo or fifo")
      return v
    }, "lifo")
    .addHelpText("after", HELP)
    .action(async (opts: Options) => {
      result = await match(opts)
    })
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true })
      return 2
    }
    await program.parseAsync(argv, { from: "user" })
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2
    throw e
  }
  return result
}

async function match(opts: Options): Promise<number> {
  if (!existsSync(opts.orders) || !statSync(opts.orders).isFile()) {
    process.stderr.write(`[returns] no such file: ${opts.orders}\n`)
    return 1
  }
  const t0 = performance.now()
  const matcher = new CancellationMatcher()
  let cancellations = 0
  let nonNegativeCancellations = 0
  let purchases = 0
  let stats
  try {
    stats = await forEachRetailLine(opts.orders, (l) => {
      const line = { invoice: l.invoice, stockCode: l.stockCode, customerId: l.customerId, quantity: l.quantity, time: l.time, seq: l.lineNo }
      if (l.cancelled) {
        if (l.quantity >= 0) {
          nonNegativeCancellations++
          return
        }
        matcher.addCancellation({ ...line, quantity: -l.quantity })
        cancellations++
      } else if (l.quantity > 0 && l.customerId !== null) {
        matcher.addPurchase(line)
        purchases++
      }
    })
  } catch (e) {
    process.stderr.write(`[returns] could not read ${opts.orders}: ${(e as Error).message}\n`)
    return 1
  }
  const t1 = performance.now()
  const { results, rows, summary } = matcher.match(opts.order)
  const t2 = performance.now()
  if (opts.out) {
    try {
      await writeRows(opts.out, rows)
    } catch (e) {
      process.stderr.write(`[returns] could not write ${opts.out}: ${(e as Error).message}\n`)
      return 1
    }
  }
  const t3 = performance.now()
  if (stats.malformed > 0) {
    const ex = stats.examples.map((e) => `  line ${e.lineNo}: ${e.reason}`).join("\n")
    process.stderr.write(`[returns] ${stats.malformed} malformed line(s) skipped; the first ${stats.examples.length}:\n${ex}\n`)
  }
  const lines = [
    `${int(stats.lines)} lines read: ${int(purchases)} purchase lines with a customer, ${int(cancellations)} cancellation lines` +
      (nonNegativeCancellations ? ` (${nonNegativeCancellations} more with a quantity >= 0 skipped)` : ""),
    `allocation: ${opts.order === "lifo" ? "most recent purchase first (lifo)" : "oldest purchase first (fifo)"}`,
    ...summaryLines("all cancellation lines", summary),
    ...summaryLines("product lines (stock code starting with five digits)", summarizeMatches(results, (c) => /^\d{5}/.test(c.stockCode))),
    `malformed lines skipped: ${stats.malformed}`,
    opts.out ? `wrote ${int(rows.length)} rows to ${opts.out}` : "no --out given: CSV not written",
    `time: read ${((t1 - t0) / 1000).toFixed(2)} s, match ${((t2 - t1) / 1000).toFixed(2)} s, write ${((t3 - t2) / 1000).toFixed(2)} s`,
    "",
  ]
  process.stdout.write(lines.join("\n"))
  return 0
}
