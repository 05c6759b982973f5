/**
 * Monthly retention cohorts: customers grouped by the UTC month of their first order; for each later month,
 * the share of the cohort that ordered in it. Month +0 is the cohort month itself (always 100 % of the cohort).
 */
export type CohortRow = {
  /** `YYYY-MM` of the first order. */
  cohort: string
  size: number
  /** active[k]: cohort members with an order in cohort month + k. */
  active: number[]
  /** shares[k] = active[k] / size; null for an empty cohort. */
  shares: (number | null)[]
}

export type CohortOptions = {
  /** The last month shown (epoch ms inside it); orders after that month are ignored. Default: the last order. */
  until?: number
}

function monthIndex(time: number): number {
  const d = new Date(time)
  return d.getUTCFullYear() * 12 + d.getUTCMonth()
}

function monthLabel(index: number): string {
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`
}

/**
 * Builds the cohort matrix from, per customer, the epoch-ms times of their orders (in any order).
 * Every month between the first cohort and the last month gets a row, so the matrix has no holes;
 * row k has one column per month from the cohort month to the last month.
 */
export function retentionCohorts(
  orderTimesPerCustomer: Iterable<readonly number[]>,
  options: CohortOptions = {}
): CohortRow[] {
  const limit = options.until === undefined ? Infinity : monthIndex(options.until)
  const customers: { first: number; months: Set<number> }[] = []
  let firstCohort = Infinity
  let lastMonth = -Infinity
  for (const times of orderTimesPerCustomer) {
    const months = new Set<number>()
    let first = Infinity
    for (const t of times) {
      if (!Number.isFinite(t)) continue
      const m = monthIndex(t)
      if (m > limit) continue
      months.add(m)
      if (m < first) first = m
      if (m > lastMonth) lastMonth = m
    }
    if (first === Infinity) continue
    customers.push({ first, months })
    if (first < firstCohort) firstCohort = first
  }
  if (customers.length === 0) return []
  if (limit !== Infinity) lastMonth = limit

  const rows: CohortRow[] = []
  for (let m = firstCohort; m <= lastMonth; m++) {
    rows.push({ cohort: monthLabel(m), size: 0, active: new Array(lastMonth - m + 1).fill(0), shares: [] })
  }
  for (const c of customers) {
    const row = rows[c.first - firstCohort]
    row.size++
    for (const m of c.months) row.active[m - c.first]++
  }
  for (const row of rows) row.shares = row.active.map((n) => (row.size === 0 ? null : n / row.size))
  return rows
}
