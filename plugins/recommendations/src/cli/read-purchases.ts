import { forEachRetailLine, isStandardPurchase } from "@finesse/core/lib/retail/read-retail"
import type { Purchase } from "../lib/data/purchase-history"

/** Reads an Online Retail file (CSV or .csv.gz) with the standard cleaning of the data README, as purchases. */
export async function readPurchases(file: string): Promise<{ purchases: Purchase[]; lines: number; malformed: number }> {
  const purchases: Purchase[] = []
  const stats = await forEachRetailLine(file, (line) => {
    if (!isStandardPurchase(line)) return
    purchases.push({ userId: line.customerId!, itemId: line.stockCode, orderId: line.invoice, time: line.time })
  })
  return { purchases, lines: stats.lines, malformed: stats.malformed }
}

const DAY_MS = 86_400_000

/** The start (00:00 UTC) of the day after the latest purchase: a reproducible "now" for a training file. */
export function dayAfterLast(purchases: readonly Purchase[]): number {
  let last = -Infinity
  for (const p of purchases) if (p.time > last) last = p.time
  if (!Number.isFinite(last)) throw new Error("no purchases to train on")
  return Math.floor(last / DAY_MS) * DAY_MS + DAY_MS
}
