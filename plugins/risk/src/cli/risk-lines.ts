import { writeFileSync } from "node:fs"
import { forEachRetailLine } from "@finesse/core/lib/retail/read-retail"
import { flagRetailLines, RETAIL_ADJUSTMENT_CODES, type RetailLineInput } from "../lib/retail/line-outliers"
import { csvField, reportMalformed } from "./risk-output"

export type LinesOptions = { orders: string; out: string; quantityZ: number; priceZ: number; minLines: number }

export const LINES_HELP = `
Input: Online Retail lines (InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country),
  every line, guests and cancellations included. Unit prices are read in pence (rounded once, by core's reader).

A line is flagged, with every reason that applies (joined by "; "), when:
  adjustment          its stock code is a money adjustment, not goods: ${[...RETAIL_ADJUSTMENT_CODES].join(", ")}
                      (manual, discount, samples, bad debt, bank charges, Amazon fee, CRUK commission);
  price_not_positive  its unit price is 0.00 or negative (free goods, stock write-offs, bad-debt reversals);
  quantity_outlier    |quantity| is far ABOVE the stock code's usual: robust z = (ln|q| - median) / scale >= --quantity-z,
                      where median and scale = max(1.4826 x MAD, 0.5) are taken over the stock code's sale lines
                      (not cancelled, quantity > 0, price > 0). With fewer than --min-lines sale lines, all sale lines
                      of the file are the baseline. Low quantities are not flagged (single units are normal). With the
                      defaults a quantity is flagged from about 20x the usual. Cancellations are judged by |quantity|,
                      so the cancellation of an outlier line is flagged too;
  price_outlier       the unit price is far from the stock code's usual, either way: |robust z| on ln(price) >= --price-z
                      with scale = max(1.4826 x MAD, 0.25), only for stock codes with --min-lines sale lines (defaults:
                      from about 4.5x above or below the usual).
Why robust: a median and MAD are not moved by the outliers they look for (one 80,995-unit line inflates a mean and
  standard deviation enough to hide itself).

Output CSV (--out): invoice, stock_code, quantity, unit_price (major units, 2 decimals), reason (the numbers behind it:
  the usual value, the ratio, the z-score, the lines in the baseline). A summary goes to stdout.
`

export async function runLines(opts: LinesOptions): Promise<number> {
  const t0 = performance.now()
  const lines: RetailLineInput[] = []
  let stats
  try {
    stats = await forEachRetailLine(opts.orders, (l) => {
      lines.push({ invoice: l.invoice, stockCode: l.stockCode, quantity: l.quantity, unitPriceMinor: l.unitPriceMinor, cancelled: l.cancelled })
    })
  } catch (e) {
    process.stderr.write(`[risk] could not read ${opts.orders}: ${(e as Error).message}\n`)
    return 1
  }
  reportMalformed(stats)
  const t1 = performance.now()
  const { flags, stats: s } = flagRetailLines(lines, { quantityZ: opts.quantityZ, priceZ: opts.priceZ, minLines: opts.minLines })
  const t2 = performance.now()
  const rows = ["invoice,stock_code,quantity,unit_price,reason"]
  for (const f of flags) {
    const l = lines[f.index]
    rows.push([csvField(l.invoice), csvField(l.stockCode), l.quantity, (l.unitPriceMinor / 100).toFixed(2), csvField(f.reason)].join(","))
  }
  try {
    writeFileSync(opts.out, rows.join("\n") + "\n")
  } catch (e) {
    process.stderr.write(`[risk] could not write ${opts.out}: ${(e as Error).message}\n`)
    return 1
  }
  const t3 = performance.now()
  const by = s.byCode
  process.stdout.write(
    [
      `${stats.lines} lines read (${stats.malformed} malformed), ${s.saleLines} sale lines over ${s.stockCodes} stock codes, ${s.stockCodesWithBaseline} with their own baseline (>= ${opts.minLines} sale lines); usual quantity of all lines ${+s.globalMedianQuantity.toFixed(1)}`,
      `flagged ${flags.length} lines: ${by.quantity_outlier} quantity outliers, ${by.price_outlier} price outliers, ${by.price_not_positive} zero or negative prices, ${by.adjustment} adjustments (a line can have several reasons)`,
      `wrote ${flags.length} rows to ${opts.out}`,
      `time: read ${((t1 - t0) / 1000).toFixed(2)} s, flag ${((t2 - t1) / 1000).toFixed(2)} s, write ${((t3 - t2) / 1000).toFixed(2)} s`,
      "",
    ].join("\n"),
  )
  return 0
}
