import { DAY_MS } from "./evaluation-panel"

export type Budget = {
  /** "spend": limit is discount money in minor units; "usage": limit is a number of orders (Medusa's budget types) */
  type: "spend" | "usage"
  limit: number
}

export type BudgetBurn = {
  type: "spend" | "usage"
  limit: number
  used: number
  /** used / limit */
  share: number
  /** average use per day since the start */
  perDay: number
  daysElapsed: number
  daysLeft: number
  /** used + perDay × daysLeft */
  projected: number
  /** when the budget ran out (the use that reached the limit) or will at the current pace (epoch ms); null when it lasts to the end */
  exhaustsAt: number | null
}

/**
 * Budget burn of a running (or finished) promotion from its uses so far: the pace is the average per day since
 * the start, the projection carries it to the end. Uses are {at, discount} of the orders that used it.
 */
export function budgetBurn(
  budget: Budget,
  uses: readonly { at: number; discount: number }[],
  period: { start: number; end: number },
  now: number
): BudgetBurn {
  if (!(budget.limit > 0)) throw new RangeError("a budget limit must be positive")
  const inPeriod = uses.filter((u) => u.at < now && u.at >= period.start && u.at < period.end).sort((a, b) => a.at - b.at)
  let used = 0
  let crossedAt: number | null = null
  for (const u of inPeriod) {
    used += budget.type === "spend" ? u.discount : 1
    if (crossedAt === null && used >= budget.limit) crossedAt = u.at
  }
  const elapsedMs = Math.max(0, Math.min(now, period.end) - period.start)
  const daysElapsed = elapsedMs / DAY_MS
  const daysLeft = Math.max(0, period.end - Math.max(now, period.start)) / DAY_MS
  const perDay = daysElapsed > 0 ? used / daysElapsed : 0
  const projected = used + perDay * daysLeft
  let exhaustsAt: number | null = null
  if (crossedAt !== null) exhaustsAt = crossedAt
  else if (projected > budget.limit && perDay > 0) exhaustsAt = period.start + (budget.limit / perDay) * DAY_MS
  return { type: budget.type, limit: budget.limit, used, share: used / budget.limit, perDay, daysElapsed, daysLeft, projected, exhaustsAt }
}
