import { BusinessCalendar } from "./business-calendar"

/**
 * Time that counts between two instants: opening hours of a business calendar, or every hour (calendar = null,
 * a 24/7 target), minus excluded spans (pauses while waiting on the customer). Instants are epoch ms; spans are
 * half-open [from, to).
 */
export type Span = { from: number; to: number }

/** Sorts and merges spans, dropping empty ones; an open span has to = Infinity. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const s = spans.filter((x) => x.to > x.from).sort((a, b) => a.from - b.from || a.to - b.to)
  const out: Span[] = []
  for (const x of s) {
    const last = out[out.length - 1]
    if (last && x.from <= last.to) last.to = Math.max(last.to, x.to)
    else out.push({ from: x.from, to: x.to })
  }
  return out
}

/** Length of [a, b) not covered by the merged spans. */
function uncovered(a: number, b: number, merged: readonly Span[]): number {
  let len = b - a
  for (const s of merged) {
    if (s.from >= b) break
    if (s.to <= a) continue
    len -= Math.min(b, s.to) - Math.max(a, s.from)
  }
  return len
}

/** Business (or wall-clock) ms elapsed in [from, to), minus the excluded spans. */
export function businessMsBetween(calendar: BusinessCalendar | null, from: number, to: number, exclude: readonly Span[] = []): number {
  if (!(to > from)) return 0
  const merged = mergeSpans(exclude)
  if (calendar === null) return uncovered(from, to, merged)
  let total = 0
  const last = calendar.dayOf(to)
  for (let day = calendar.dayOf(from); day <= last; day++) {
    const iv = calendar.intervalsOn(day)
    for (let i = 0; i < iv.length; i += 2) {
      const a = Math.max(iv[i], from)
      const b = Math.min(iv[i + 1], to)
      if (b > a) total += merged.length ? uncovered(a, b, merged) : b - a
    }
  }
  return total
}

/**
 * The instant at which `ms` of business (or wall-clock) time has elapsed after `from`, skipping the excluded
 * spans; null when it is never reached (the calendar never opens, or an open-ended pause starts first).
 * A zero duration is due at `from`.
 */
export function addBusinessMs(calendar: BusinessCalendar | null, from: number, ms: number, exclude: readonly Span[] = [], maxDays = 3660): number | null {
  if (!(ms >= 0)) throw new RangeError(`duration must be >= 0, got ${ms}`)
  if (ms === 0) return from
  const merged = mergeSpans(exclude)
  let left = ms
  // consumes [a, b) minus the exclusions; returns the due instant if it falls inside
  const consume = (a: number, b: number): number | null => {
    let t = a
    for (const s of merged) {
      if (s.to <= t) continue
      if (s.from >= b) break
      if (s.from > t) {
        const len = s.from - t
        if (len >= left) return t + left
        left -= len
      }
      t = Math.max(t, s.to)
      if (t >= b) return null
    }
    const len = b - t
    if (len >= left) return t + left
    left -= len
    return null
  }
  if (calendar === null) {
    const due = consume(from, Infinity)
    return due === null || !Number.isFinite(due) ? null : due
  }
  if (calendar.neverOpen && calendar.nextOpening(from) === null) return null
  const first = calendar.dayOf(from)
  for (let day = first; day < first + maxDays; day++) {
    const iv = calendar.intervalsOn(day)
    for (let i = 0; i < iv.length; i += 2) {
      if (iv[i + 1] <= from) continue
      const due = consume(Math.max(iv[i], from), iv[i + 1])
      if (due !== null) return due
      // an open-ended pause that has started swallows everything after it
      const tail = merged[merged.length - 1]
      if (tail && tail.to === Infinity && tail.from <= iv[i + 1]) return null
    }
  }
  return null
}
