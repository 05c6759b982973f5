/**
 * Wall-clock time in an IANA time zone through `Intl.DateTimeFormat` (the only zone database a Node process
 * carries), without a date library: offsets are read from the formatter and local times are turned back into
 * instants with the same disambiguation as Temporal's "compatible" mode (a time skipped by a DST jump moves
 * forward by the jump; a repeated time takes its first occurrence).
 */
export const DAY_MS = 86_400_000

export type WallTime = {
  year: number
  /** 1..12 */
  month: number
  day: number
  hour: number
  minute: number
  second: number
  /** 0 = Sunday .. 6 = Saturday */
  weekday: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** True when the runtime knows the zone (e.g. "Europe/London"; "Mars/Olympus" is false). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone)
    return true
  } catch {
    return false
  }
}

/** Civil day number (days since 1970-01-01) of a calendar date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS)
}

/** The calendar date of a civil day number. */
export function civilDate(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * DAY_MS)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

/** 0 = Sunday .. 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7
}

/** "2024-03-31" → civil day number; throws RangeError on a malformed or impossible date. */
export function parseIsoDate(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) throw new RangeError(`expected a date as YYYY-MM-DD, got ${JSON.stringify(text)}`)
  const n = dayNumber(+m[1], +m[2], +m[3])
  const back = civilDate(n)
  if (back.month !== +m[2] || back.day !== +m[3]) throw new RangeError(`not a calendar date: ${text}`)
  return n
}

export function formatIsoDate(day: number): string {
  const { year, month, day: d } = civilDate(day)
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`
}

/** Local wall time of an instant in a zone. */
export function wallTime(timeZone: string, instant: number): WallTime {
  const parts = formatter(timeZone).formatToParts(instant)
  let year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0
  for (const p of parts) {
    switch (p.type) {
      case "year": year = +p.value; break
      case "month": month = +p.value; break
      case "day": day = +p.value; break
      case "hour": hour = +p.value % 24; break
      case "minute": minute = +p.value; break
      case "second": second = +p.value; break
    }
  }
  return { year, month, day, hour, minute, second, weekday: weekdayOfDay(dayNumber(year, month, day)) }
}

/** UTC offset of the zone at an instant, in ms (London in summer: +3,600,000). */
export function zoneOffset(timeZone: string, instant: number): number {
  const w = wallTime(timeZone, instant)
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
  return asUtc - Math.floor(instant / 1000) * 1000
}

/** The local civil day number an instant falls on in a zone. */
export function localDay(timeZone: string, instant: number): number {
  const w = wallTime(timeZone, instant)
  return dayNumber(w.year, w.month, w.day)
}

/**
 * The instant of a local wall time (`minuteOfDay` minutes after local midnight of civil `day`; 1440 is the next
 * day's midnight). Skipped times (spring forward) move forward by the gap; repeated times (fall back) take the
 * earlier instant.
 */
export function zonedInstant(timeZone: string, day: number, minuteOfDay: number): number {
  const local = day * DAY_MS + minuteOfDay * 60_000
  // zones change offset at most once within a day in practice, so the offsets a day either side bracket it
  const before = zoneOffset(timeZone, local - DAY_MS)
  const after = zoneOffset(timeZone, local + DAY_MS)
  const a = local - before
  const b = local - after
  const aOk = zoneOffset(timeZone, a) === before
  const bOk = zoneOffset(timeZone, b) === after
  if (aOk && bOk) return Math.min(a, b)
  if (aOk) return a
  if (bOk) return b
  // in the gap: read the wall time with the offset in force before the jump, which lands after it
  return a
}
