import { DAY_MS, rowsBefore, type OrderTable } from "../orders/order-table"
import type { RepeatSummary } from "./bg-nbd"

/**
 * A customer's history in the form the BG/NBD and Gamma-Gamma models read, in days. Purchases on the same
 * calendar day (UTC) count as one transaction, as in the models' papers; x counts repeat purchase days.
 */
export type ValueSummary = RepeatSummary & {
  /** Mean spend (minor units) of the repeat purchase days; 0 when x = 0. */
  repeatMeanMinor: number
}

export function valueSummary(table: OrderTable, c: number, asOf: number): ValueSummary | null {
  const a = table.offsets[c]
  const end = rowsBefore(table, c, asOf)
  if (end <= a) return null
  const firstDay = Math.floor(table.time[a] / DAY_MS)
  let day = firstDay
  let days = 1
  let repeatSpend = 0
  for (let o = a; o < end; o++) {
    const dd = Math.floor(table.time[o] / DAY_MS)
    if (dd !== day) {
      day = dd
      days++
    }
    if (dd !== firstDay) repeatSpend += table.netMinor[o]
  }
  const x = days - 1
  return {
    x,
    tx: day - firstDay,
    T: asOf / DAY_MS - firstDay,
    repeatMeanMinor: x > 0 ? repeatSpend / x : 0,
  }
}
