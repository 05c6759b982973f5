/**
 * Quiet hours and time zones for personalised push. A customer's local hour comes from a UTC offset (from their
 * country, see timezone.ts); quiet hours are a local window such as 21–8 that may wrap past midnight.
 */
export type QuietHours = { start: number; end: number }

/** True when the local hour lies in [start, end) (wrapping past midnight when start > end); start = end means none. */
export function isQuietHour(localHour: number, quiet: QuietHours | null): boolean {
  if (!quiet || quiet.start === quiet.end) return false
  const h = ((localHour % 24) + 24) % 24
  return quiet.start < quiet.end ? h >= quiet.start && h < quiet.end : h >= quiet.start || h < quiet.end
}

const HOUR_MS = 3_600_000

/** The local hour (0–23) at epoch ms `t` for a UTC offset in minutes. */
export function localHour(t: number, offsetMinutes: number): number {
  return new Date(t + offsetMinutes * 60_000).getUTCHours()
}

/** `t` itself when it is outside quiet hours, else the first moment after them (the start of the `end` hour). */
export function afterQuietHours(t: number, offsetMinutes: number, quiet: QuietHours | null): number {
  if (!isQuietHour(localHour(t, offsetMinutes), quiet)) return t
  // step to the next whole local hour until we are out (at most 24 steps)
  let x = Math.floor((t + offsetMinutes * 60_000) / HOUR_MS) * HOUR_MS - offsetMinutes * 60_000
  for (let i = 0; i < 25; i++) {
    x += HOUR_MS
    if (!isQuietHour(localHour(x, offsetMinutes), quiet)) return x
  }
  return t
}
