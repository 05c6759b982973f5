import { afterQuietHours, isQuietHour, localHour, type QuietHours } from "./quiet-hours"

const HOUR_MS = 3_600_000

/** How often a customer was active in each local hour (0–23), from their behaviour events' times. */
export function activeHourHistogram(times: readonly number[], offsetMinutes: number): number[] {
  const h = new Array<number>(24).fill(0)
  for (const t of times) h[localHour(t, offsetMinutes)]++
  return h
}

/** The customer's most active local hours, best first (hours with no activity are never "active"). */
export function topActiveHours(histogram: readonly number[], n = 3): number[] {
  return histogram
    .map((count, hour) => ({ count, hour }))
    .filter((x) => x.count > 0)
    .sort((a, b) => b.count - a.count || a.hour - b.hour)
    .slice(0, n)
    .map((x) => x.hour)
}

export type SendTimeInput = {
  now: number
  offsetMinutes: number
  /** Activity per local hour (activeHourHistogram); all zeros when unknown. */
  histogram: readonly number[]
  quiet: QuietHours | null
  /** Wait at most this long for an active hour (default 24 h). */
  horizonHours?: number
  /** Fewer events than this and the histogram is not trusted (default 5). */
  minEvents?: number
}

export type SendTime = { at: number; reason: "active_hour" | "now" | "after_quiet_hours" }

/**
 * Send-time choice: the start of the next local hour within the horizon that is one of the customer's three most
 * active hours and not quiet (the current hour counts: send now). Without enough history: now, or the end of quiet
 * hours when it is quiet now.
 */
export function chooseSendTime(input: SendTimeInput): SendTime {
  const horizon = input.horizonHours ?? 24
  const events = input.histogram.reduce((s, x) => s + x, 0)
  const active = events >= (input.minEvents ?? 5) ? topActiveHours(input.histogram, 3) : []
  if (active.length) {
    const nowHour = localHour(input.now, input.offsetMinutes)
    if (active.includes(nowHour) && !isQuietHour(nowHour, input.quiet)) return { at: input.now, reason: "active_hour" }
    const startOfHour = Math.floor((input.now + input.offsetMinutes * 60_000) / HOUR_MS) * HOUR_MS - input.offsetMinutes * 60_000
    for (let i = 1; i <= horizon; i++) {
      const t = startOfHour + i * HOUR_MS
      const h = localHour(t, input.offsetMinutes)
      if (active.includes(h) && !isQuietHour(h, input.quiet)) return { at: t, reason: "active_hour" }
    }
  }
  const at = afterQuietHours(input.now, input.offsetMinutes, input.quiet)
  return { at, reason: at === input.now ? "now" : "after_quiet_hours" }
}
