import { BusinessCalendar } from "./business-calendar"
import { addBusinessMs, businessMsBetween, Span } from "./business-time"

/** A pause of the clock; `to: null` is a pause still running (the case waits on the customer now). */
export type Pause = { from: number; to: number | null }

export type SlaClockInput = {
  startedAt: number
  /** When the clock stopped (first response given, case resolved); null while it runs. */
  stoppedAt?: number | null
  pauses?: readonly Pause[]
  targetMinutes: number
  /** The calendar whose opening hours count, or null to count every hour (a "calendar" target). */
  calendar: BusinessCalendar | null
  /** Fraction of the target at which the clock turns to warning (0.8). */
  warnAtFraction: number
  now: number
}

/**
 * ok: running, below the warning fraction; warning: running, at or past it; breached: running past the target;
 * met: stopped within the target; missed: stopped after it.
 */
export type SlaClockState = "ok" | "warning" | "breached" | "met" | "missed"

export type SlaClock = {
  state: SlaClockState
  /** A pause is running now (the clock does not move). */
  paused: boolean
  elapsedMs: number
  targetMs: number
  /** target - elapsed; negative once breached. */
  remainingMs: number
  /** elapsed / target. */
  fraction: number
  /** When the target is (or was) reached; null while paused before reaching it, or never reachable. */
  dueAt: number | null
  /** When the warning fraction is (or was) reached, under the same rule. */
  warnAt: number | null
}

function pauseSpans(pauses: readonly Pause[], start: number, end: number): Span[] {
  const out: Span[] = []
  for (const p of pauses) {
    const from = Math.max(p.from, start)
    const to = Math.min(p.to ?? Infinity, end)
    if (to > from) out.push({ from, to })
  }
  return out
}

/**
 * Evaluates one SLA clock at `now`. Elapsed time counts opening hours (or all hours) from start to the stop (or
 * now), less the pauses. The due and warning instants are found by walking the same time forward, so an SLA job
 * can schedule its next look exactly instead of polling.
 */
export function evaluateSlaClock(input: SlaClockInput): SlaClock {
  const { startedAt, calendar, now } = input
  if (!(input.targetMinutes > 0)) throw new RangeError(`targetMinutes must be > 0, got ${input.targetMinutes}`)
  if (!(input.warnAtFraction > 0 && input.warnAtFraction <= 1)) throw new RangeError(`warnAtFraction must be in (0, 1]`)
  const stoppedAt = input.stoppedAt ?? null
  const end = Math.max(startedAt, stoppedAt ?? now)
  const pauses = input.pauses ?? []
  const targetMs = input.targetMinutes * 60_000
  const elapsedSpans = pauseSpans(pauses, startedAt, end)
  const elapsedMs = businessMsBetween(calendar, startedAt, end, elapsedSpans)
  // for the due instant, a running pause extends forever (it is unknown when the customer answers)
  const futureSpans = pauseSpans(
    pauses.map((p) => (p.to === null && stoppedAt === null ? { from: p.from, to: null } : { from: p.from, to: p.to ?? end })),
    startedAt,
    Infinity
  )
  const dueAt = addBusinessMs(calendar, startedAt, targetMs, futureSpans)
  const warnAt = addBusinessMs(calendar, startedAt, Math.round(targetMs * input.warnAtFraction), futureSpans)
  const paused = stoppedAt === null && pauses.some((p) => p.from <= now && (p.to === null || p.to > now))
  let state: SlaClockState
  if (stoppedAt !== null) state = elapsedMs <= targetMs ? "met" : "missed"
  else if (elapsedMs > targetMs) state = "breached"
  else if (elapsedMs >= targetMs * input.warnAtFraction) state = "warning"
  else state = "ok"
  return { state, paused, elapsedMs, targetMs, remainingMs: targetMs - elapsedMs, fraction: elapsedMs / targetMs, dueAt, warnAt }
}
