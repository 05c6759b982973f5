/** Time buckets in UTC; weeks are ISO 8601 weeks (Monday first, "2024-W01" holds the year's first Thursday). */
export type PeriodUnit = "day" | "week" | "month"

const DAY = 86_400_000

/** The bucket an instant falls in: its key ("2024-03-07", "2024-W10", "2024-03") and its start instant. */
export function periodOf(instant: number, unit: PeriodUnit): { key: string; start: number } {
  const d = new Date(instant)
  const y = d.getUTCFullYear()
  const mo = d.getUTCMonth()
  const pad = (n: number) => String(n).padStart(2, "0")
  if (unit === "month") return { key: `${y}-${pad(mo + 1)}`, start: Date.UTC(y, mo, 1) }
  const dayStart = Date.UTC(y, mo, d.getUTCDate())
  if (unit === "day") return { key: `${y}-${pad(mo + 1)}-${pad(d.getUTCDate())}`, start: dayStart }
  const isoDow = (d.getUTCDay() + 6) % 7 // Monday = 0
  const monday = dayStart - isoDow * DAY
  const thursday = new Date(monday + 3 * DAY)
  const isoYear = thursday.getUTCFullYear()
  const week = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / (7 * DAY)) + 1
  return { key: `${isoYear}-W${pad(week)}`, start: monday }
}

export type PeriodRow = { key: string; start: number; total: number; counts: Record<string, number> }

/**
 * Counts per period and group (a topic, a reason, a product), periods in time order with empty periods between
 * the first and the last filled in, so a chart's x axis has no gaps.
 */
export function countByPeriod(items: ReadonlyArray<{ at: number; group: string | number }>, unit: PeriodUnit): PeriodRow[] {
  const rows = new Map<number, PeriodRow>()
  for (const it of items) {
    const p = periodOf(it.at, unit)
    let row = rows.get(p.start)
    if (!row) rows.set(p.start, (row = { key: p.key, start: p.start, total: 0, counts: {} }))
    row.total++
    const g = String(it.group)
    row.counts[g] = (row.counts[g] ?? 0) + 1
  }
  if (rows.size === 0) return []
  const starts = [...rows.keys()].sort((a, b) => a - b)
  const out: PeriodRow[] = []
  let t = starts[0]
  const last = starts[starts.length - 1]
  while (t <= last) {
    const p = periodOf(t, unit)
    out.push(rows.get(p.start) ?? { key: p.key, start: p.start, total: 0, counts: {} })
    t = unit === "day" ? p.start + DAY : unit === "week" ? p.start + 7 * DAY : Date.UTC(new Date(p.start).getUTCFullYear(), new Date(p.start).getUTCMonth() + 1, 1)
  }
  return out
}
