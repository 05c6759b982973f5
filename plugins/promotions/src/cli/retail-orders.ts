import { forEachRetailLine, isStandardPurchase, type ReadStats, type RetailLine } from "@finesse/core/lib/retail/read-retail"
import type { PanelOrder } from "../lib/evaluation/customer-panel"

export type RetailOrders = {
  /** one order per invoice kept by the standard cleaning; total in minor units (pence) */
  orders: (PanelOrder & { id: string; customer_id: string; placed_at: number })[]
  stats: ReadStats
  /** lines dropped by the standard cleaning */
  dropped: number
  firstTime: number
  lastTime: number
}

/**
 * Reads an Online Retail file (.csv or .csv.gz) with core's streaming reader and folds the lines kept by the
 * standard cleaning (a customer, not a cancellation, quantity > 0, unit price > 0, a product stock code) into one
 * order per invoice. `transform` may rewrite a kept line first (a benchmark's planted change).
 */
export async function readRetailOrders(file: string, transform?: (line: RetailLine) => RetailLine): Promise<RetailOrders> {
  const byInvoice = new Map<string, PanelOrder & { id: string; customer_id: string; placed_at: number }>()
  let dropped = 0
  let firstTime = Infinity
  let lastTime = -Infinity
  const stats = await forEachRetailLine(file, (raw) => {
    if (!isStandardPurchase(raw)) {
      dropped++
      return
    }
    const line = transform ? transform(raw) : raw
    if (line.time < firstTime) firstTime = line.time
    if (line.time > lastTime) lastTime = line.time
    let o = byInvoice.get(line.invoice)
    if (!o) byInvoice.set(line.invoice, (o = { id: line.invoice, customer_id: line.customerId as string, placed_at: line.time, total: 0 }))
    // an invoice's lines share one timestamp in this file; the earliest wins if they ever differ
    if (line.time < o.placed_at) o.placed_at = line.time
    o.total += line.quantity * line.unitPriceMinor
  })
  return { orders: [...byInvoice.values()], stats, dropped, firstTime, lastTime }
}
