const DAY = 86_400_000

/** Days since 1970-01-01 (UTC) of a YYYY-MM-DD date; throws on text that is not a calendar date. */
export function epochDay(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) throw new RangeError(`expected YYYY-MM-DD, got ${JSON.stringify(iso)}`)
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3])
  const back = new Date(ms)
  if (back.getUTCMonth() !== +m[2] - 1 || back.getUTCDate() !== +m[3]) throw new RangeError(`not a calendar date: ${iso}`)
  return ms / DAY
}

export function isoDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10)
}

/** Day of week of an epoch day, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7
}

/** The epoch day of an epoch-millisecond instant (UTC). */
export function dayOfInstant(ms: number): number {
  return Math.floor(ms / DAY)
}
