/** One promotion on the calendar, from Medusa's promotion and campaign and what Finesse planned about it. */
export type CalendarInput = {
  promotion_id: string
  code: string
  name: string
  /** Medusa's promotion status */
  status: string
  is_automatic: boolean
  campaign_id: string | null
  campaign_name: string | null
  /** epoch ms; null when the campaign has no date (always on) */
  startsAt: number | null
  endsAt: number | null
  template: string | null
  plan_status: string | null
  check_status: string | null
  experiment_id: string | null
}

export type CalendarPhase = "draft" | "scheduled" | "running" | "ended" | "inactive"

export type CalendarEntry = CalendarInput & {
  phase: CalendarPhase
  /** row of the timeline: promotions that overlap in time never share a lane */
  lane: number
  /** codes of other promotions running at the same time */
  overlaps: string[]
}

/**
 * The calendar of [from, to): every promotion whose dates meet the range (undated ones count as always on), its
 * phase at `now`, the promotions it overlaps, and a lane for the timeline (greedy interval colouring by start,
 * which uses the fewest lanes for intervals: Gupta, Lee & Leung 1979).
 */
export function buildCalendar(items: readonly CalendarInput[], range: { from: number; to: number; now: number }): CalendarEntry[] {
  const startOf = (i: CalendarInput) => i.startsAt ?? -Infinity
  const endOf = (i: CalendarInput) => i.endsAt ?? Infinity
  const shown = items.filter((i) => startOf(i) < range.to && endOf(i) > range.from)
  shown.sort((a, b) => startOf(a) - startOf(b) || endOf(a) - endOf(b) || a.code.localeCompare(b.code))
  const laneEnds: number[] = []
  const out: CalendarEntry[] = []
  for (const i of shown) {
    let lane = laneEnds.findIndex((end) => end <= startOf(i))
    if (lane < 0) lane = laneEnds.push(endOf(i)) - 1
    else laneEnds[lane] = endOf(i)
    let phase: CalendarPhase
    if (i.status === "draft") phase = "draft"
    else if (i.status === "inactive") phase = "inactive"
    else if (startOf(i) > range.now) phase = "scheduled"
    else if (endOf(i) <= range.now) phase = "ended"
    else phase = "running"
    out.push({ ...i, phase, lane, overlaps: [] })
  }
  for (let a = 0; a < out.length; a++) {
    for (let b = a + 1; b < out.length; b++) {
      if (startOf(out[b]) >= endOf(out[a])) continue
      if (startOf(out[a]) < endOf(out[b])) {
        out[a].overlaps.push(out[b].code)
        out[b].overlaps.push(out[a].code)
      }
    }
  }
  return out
}
