import { forEachRetailLine, isStandardPurchase, type ReadStats } from "@finesse/core/lib/retail/read-retail"
import { createOrderTableBuilder, DAY_MS, type OrderTable } from "../lib/orders/order-table"

/** One invoice of the Online Retail file folded into an order fact. */
type Invoice = { customerId: string; time: number; netMinor: number; itemCount: number; productIds: string[] }

export type RetailOrders = {
  table: OrderTable
  asOf: number
  stats: ReadStats
  /** Invoices kept by the standard cleaning, before the as-of cut. */
  orders: number
  /** Invoices dropped because they are dated on or after the as-of date. */
  ordersAfterAsOf: number
  /** Latest line time in the file (any line), epoch ms. */
  lastLineTime: number
}

/**
 * Reads an Online Retail file into an order table with the standard cleaning of the data README (a
 * customer, not a cancellation, quantity > 0, unit price > 0, a product stock code), one order per
 * invoice. Lines dated on or after `asOf` are ignored, so a past date is an honest backtest; without
 * `asOf` the cut is the UTC day after the file's last line.
 */
export async function readRetailOrders(file: string, asOf?: number): Promise<RetailOrders> {
  const invoices = new Map<string, Invoice>()
  let lastLineTime = -Infinity
  const stats = await forEachRetailLine(file, (line) => {
    if (line.time > lastLineTime) lastLineTime = line.time
    if (!isStandardPurchase(line)) return
    let inv = invoices.get(line.invoice)
    if (!inv) {
      inv = { customerId: line.customerId as string, time: line.time, netMinor: 0, itemCount: 0, productIds: [] }
      invoices.set(line.invoice, inv)
    }
    // an invoice's lines share one timestamp in this file; the earliest wins if they ever differ
    if (line.time < inv.time) inv.time = line.time
    inv.netMinor += line.quantity * line.unitPriceMinor
    inv.itemCount += line.quantity
    inv.productIds.push(line.stockCode)
  })
  const cut = asOf ?? (Number.isFinite(lastLineTime) ? (Math.floor(lastLineTime / DAY_MS) + 1) * DAY_MS : 0)
  const builder = createOrderTableBuilder()
  let after = 0
  for (const inv of invoices.values()) {
    if (inv.time >= cut) after++
    else builder.add(inv)
  }
  return { table: builder.build(), asOf: cut, stats, orders: builder.size, ordersAfterAsOf: after, lastLineTime }
}
