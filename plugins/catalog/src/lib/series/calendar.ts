/**
 * Period arithmetic for demand series. Periods are UTC days or ISO weeks that start on Monday 00:00 UTC; a series is
 * indexed from an origin period (index 0) so its arrays line up with every other series built on the same origin.
 */
export type Granularity = "day" | "week"

export const DAY_MS = 86_400_000
export const WEEK_MS = 7 * DAY_MS

/** The usual season length of a granularity: 52 weeks a year, 7 days a week. */
export function seasonLengthOf(granularity: Granularity): number {
  return granularity === "week" ? 52 : 7
}

/** Start (epoch ms) of the UTC day containing `ms`. */
export function dayStart(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS
}

/** Start (epoch ms) of the Monday-based UTC week containing `ms` (1970-01-01 was a Thursday). */
export function weekStartMonday(ms: number): number {
  const day = Math.floor(ms / DAY_MS)
  const dow = (day + 3) % 7 // 0 = Monday
  return (day - (dow < 0 ? dow + 7 : dow)) * DAY_MS
}

/** Start of the period (day or Monday week) containing `ms`. */
export function periodStart(ms: number, granularity: Granularity): number {
  return granularity === "week" ? weekStartMonday(ms) : dayStart(ms)
}

export function periodLengthMs(granularity: Granularity): number {
  return granularity === "week" ? WEEK_MS : DAY_MS
}

/** Index of the period containing `ms`, counted from the period that starts at `origin` (which must be a start). */
export function periodIndex(ms: number, origin: number, granularity: Granularity): number {
  return Math.floor((ms - origin) / periodLengthMs(granularity))
}

/** Start (epoch ms) of period `index` counted from `origin`. */
export function periodAt(origin: number, index: number, granularity: Granularity): number {
  return origin + index * periodLengthMs(granularity)
}

/** YYYY-MM-DD of an epoch-ms instant (UTC). */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}
