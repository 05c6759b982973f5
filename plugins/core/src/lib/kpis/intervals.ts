/**
 * Time buckets for KPI series, always in UTC. A bucket is named by the date of its first day (`2011-03-01`),
 * so day, week and month keys sort and compare the same way.
 */
export type Interval = "day" | "week" | "month"

export const INTERVALS: readonly Interval[] = ["day", "week", "month"]

export const DAY_MS = 86_400_000

/** A guard against a typo such as a `from` in 1970 producing millions of day buckets. */
export const MAX_BUCKETS = 20_000

function assertTime(time: number, name = "time"): void {
  if (!Number.isFinite(time)) throw new RangeError(`${name} must be a finite epoch-ms number, got ${time}`)
}

/** Epoch ms of the first instant of the bucket containing `time` (ISO weeks start on Monday). */
export function bucketStart(time: number, interval: Interval): number {
  assertTime(time)
  const day = Math.floor(time / DAY_MS) * DAY_MS
  if (interval === "day") return day
  if (interval === "week") {
    const mondayBased = (new Date(day).getUTCDay() + 6) % 7
    return day - mondayBased * DAY_MS
  }
  const d = new Date(day)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)
}

/** Epoch ms of the first instant of the bucket after the one starting at `start`. */
export function nextBucketStart(start: number, interval: Interval): number {
  if (interval === "day") return start + DAY_MS
  if (interval === "week") return start + 7 * DAY_MS
  const d = new Date(start)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
}

/** `YYYY-MM-DD` of the UTC day containing `time`. */
export function dayKey(time: number): string {
  assertTime(time)
  return new Date(Math.floor(time / DAY_MS) * DAY_MS).toISOString().slice(0, 10)
}

/** `YYYY-MM` of the UTC month containing `time` (the month label of the offline reports). */
export function monthKey(time: number): string {
  return dayKey(time).slice(0, 7)
}

/** The key of the bucket containing `time`: the `YYYY-MM-DD` of its first day. */
export function bucketKey(time: number, interval: Interval): string {
  return dayKey(bucketStart(time, interval))
}

/**
 * Every bucket key overlapping the half-open range [from, to), in order, so a series can show empty buckets
 * as zeros. An empty or inverted range gives no buckets.
 */
export function bucketKeys(from: number, to: number, interval: Interval): string[] {
  assertTime(from, "from")
  assertTime(to, "to")
  const keys: string[] = []
  for (let start = bucketStart(from, interval); start < to; start = nextBucketStart(start, interval)) {
    if (keys.length >= MAX_BUCKETS) throw new RangeError(`more than ${MAX_BUCKETS} ${interval} buckets requested`)
    keys.push(dayKey(start))
  }
  return keys
}

/** Lays `values` out over `keys`; keys without a value get `zero()`. Values whose key is not listed are dropped. */
export function fillBuckets<T>(
  keys: readonly string[],
  values: ReadonlyMap<string, T>,
  zero: () => T
): { key: string; value: T }[] {
  return keys.map((key) => ({ key, value: values.has(key) ? (values.get(key) as T) : zero() }))
}

/** Sums numbers per bucket over [from, to), with zeros for empty buckets. Points outside the range are ignored. */
export function sumByBucket(
  points: Iterable<{ time: number; value: number }>,
  range: { from: number; to: number },
  interval: Interval
): { key: string; value: number }[] {
  const sums = new Map<string, number>()
  for (const p of points) {
    if (p.time < range.from || p.time >= range.to) continue
    const key = bucketKey(p.time, interval)
    sums.set(key, (sums.get(key) ?? 0) + p.value)
  }
  return fillBuckets(bucketKeys(range.from, range.to, interval), sums, () => 0)
}
