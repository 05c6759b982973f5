import { wilsonInterval } from "../math/proportions"
import { ReturnHistory } from "./policy-types"

const DAY_MS = 86_400_000

export type ReturnHistoryStats = {
  windowDays: number
  orders: number
  unitsBought: number
  valueBoughtMinor: number
  returns: number
  unitsReturned: number
  valueReturnedMinor: number
  /** unitsReturned / unitsBought (0 when nothing was bought). */
  returnRate: number
  /** valueReturnedMinor / valueBoughtMinor. */
  valueReturnRate: number
  /** 95 % Wilson interval of the unit return rate (the unit count caps at unitsBought). */
  returnRateInterval: { low: number; high: number }
}

/** A customer's purchases and returns within the last `windowDays` before `now`. */
export function returnHistoryStats(history: ReturnHistory | null | undefined, now: number, windowDays: number): ReturnHistoryStats {
  const since = now - windowDays * DAY_MS
  let orders = 0, unitsBought = 0, valueBoughtMinor = 0, returns = 0, unitsReturned = 0, valueReturnedMinor = 0
  for (const p of history?.purchases ?? []) {
    if (p.at < since || p.at > now) continue
    orders++
    unitsBought += p.units
    valueBoughtMinor += p.valueMinor
  }
  for (const r of history?.returns ?? []) {
    if (r.at < since || r.at > now) continue
    returns++
    unitsReturned += r.units
    valueReturnedMinor += r.valueMinor
  }
  const returnRate = unitsBought > 0 ? unitsReturned / unitsBought : 0
  return {
    windowDays,
    orders,
    unitsBought,
    valueBoughtMinor,
    returns,
    unitsReturned,
    valueReturnedMinor,
    returnRate,
    valueReturnRate: valueBoughtMinor > 0 ? valueReturnedMinor / valueBoughtMinor : 0,
    returnRateInterval: wilsonInterval(Math.min(unitsReturned, unitsBought), unitsBought),
  }
}
