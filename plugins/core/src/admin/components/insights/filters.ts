import { useCallback, useMemo } from "react"
import { useSearchParams } from "react-router-dom"
import type { CategoryOption, KpiInterval, KpisQuery } from "../../hooks/kpis"

/**
 * The Insights view lives in the URL query string (?range=30d&interval=day&currency_code=eur…), so a view can be
 * shared and survives a reload. Days are UTC calendar days, as the KPI API counts them.
 */
export type RangePreset = "7d" | "30d" | "90d" | "this_month" | "last_month" | "12m" | "custom"

export const PRESETS: { value: RangePreset; label: string }[] = [
  { value: "7d", label: "Last 7 days" },
  { value: "30d", label: "Last 30 days" },
  { value: "90d", label: "Last 90 days" },
  { value: "this_month", label: "This month" },
  { value: "last_month", label: "Last month" },
  { value: "12m", label: "Last 12 months" },
  { value: "custom", label: "Custom range" },
]

export const INTERVALS: { value: KpiInterval; label: string }[] = [
  { value: "day", label: "Daily" },
  { value: "week", label: "Weekly" },
  { value: "month", label: "Monthly" },
]

const DAY = 86_400_000
const iso = (t: number) => new Date(t).toISOString().slice(0, 10)
const isDay = (s: string | null): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))

export function todayUtc(now = Date.now()): string {
  return iso(now)
}

/** The inclusive [from, to] days of a preset, ending today (UTC). */
export function presetRange(preset: Exclude<RangePreset, "custom">, now = Date.now()): { from: string; to: string } {
  const today = Date.parse(`${iso(now)}T00:00:00Z`)
  const d = new Date(today)
  switch (preset) {
    case "7d":
      return { from: iso(today - 6 * DAY), to: iso(today) }
    case "30d":
      return { from: iso(today - 29 * DAY), to: iso(today) }
    case "90d":
      return { from: iso(today - 89 * DAY), to: iso(today) }
    case "this_month":
      return { from: iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)), to: iso(today) }
    case "last_month":
      return {
        from: iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1)),
        to: iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 0)),
      }
    case "12m":
      return { from: iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 11, 1)), to: iso(today) }
  }
}

export function rangeDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY) + 1
}

/** Daily points up to about a month, weekly up to about four months, monthly beyond. */
export function defaultInterval(from: string, to: string): KpiInterval {
  const days = rangeDays(from, to)
  if (days <= 35) return "day"
  if (days <= 130) return "week"
  return "month"
}

export type InsightsFilters = {
  preset: RangePreset
  from: string
  to: string
  interval: KpiInterval
  /** true when the interval was chosen by hand (kept in the URL), false when derived from the range */
  intervalChosen: boolean
  compare: boolean
  currency_code?: string
  sales_channel_id?: string
  region_id?: string
  category_id?: string
}

export type FiltersPatch = Partial<{
  preset: RangePreset
  from: string
  to: string
  interval: KpiInterval | null
  compare: boolean
  currency_code: string | null
  sales_channel_id: string | null
  region_id: string | null
  category_id: string | null
}>

const PRESET_VALUES = PRESETS.map((p) => p.value)

export function parseFilters(params: URLSearchParams, now = Date.now()): InsightsFilters {
  const raw = params.get("range") as RangePreset | null
  let preset: RangePreset = raw && PRESET_VALUES.includes(raw) ? raw : "30d"
  let from: string
  let to: string
  const f = params.get("from")
  const t = params.get("to")
  if (preset === "custom" && isDay(f) && isDay(t) && f <= t) {
    from = f
    to = t
  } else {
    if (preset === "custom") preset = "30d"
    ;({ from, to } = presetRange(preset as Exclude<RangePreset, "custom">, now))
  }
  const iv = params.get("interval")
  const intervalChosen = iv === "day" || iv === "week" || iv === "month"
  const opt = (k: string) => params.get(k) || undefined
  return {
    preset,
    from,
    to,
    interval: intervalChosen ? (iv as KpiInterval) : defaultInterval(from, to),
    intervalChosen,
    compare: params.get("compare") !== "none",
    currency_code: opt("currency_code")?.toLowerCase(),
    sales_channel_id: opt("sales_channel_id"),
    region_id: opt("region_id"),
    category_id: opt("category_id"),
  }
}

export function toKpisQuery(f: InsightsFilters): KpisQuery {
  return {
    from: f.from,
    to: f.to,
    interval: f.interval,
    compare: f.compare ? "previous_period" : "none",
    currency_code: f.currency_code,
    sales_channel_id: f.sales_channel_id,
    region_id: f.region_id,
    category_id: f.category_id,
  }
}

/** The filters of the URL and a setter that writes a patch back (replacing the history entry). */
export function useInsightsFilters() {
  const [params, setParams] = useSearchParams()
  const filters = useMemo(() => parseFilters(params), [params])
  const update = useCallback(
    (patch: FiltersPatch) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev)
          const set = (k: string, v: string | null | undefined) => (v ? next.set(k, v) : next.delete(k))
          if (patch.preset) {
            set("range", patch.preset === "30d" ? null : patch.preset)
            if (patch.preset !== "custom") {
              set("from", null)
              set("to", null)
            }
            // a new range gets its natural interval unless one is given with it
            if (patch.interval === undefined) set("interval", null)
          }
          if (patch.from !== undefined) set("from", patch.from)
          if (patch.to !== undefined) set("to", patch.to)
          if (patch.interval !== undefined) set("interval", patch.interval)
          if (patch.compare !== undefined) set("compare", patch.compare ? null : "none")
          for (const k of ["currency_code", "sales_channel_id", "region_id", "category_id"] as const) {
            if (patch[k] !== undefined) set(k, patch[k])
          }
          return next
        },
        { replace: true }
      )
    },
    [setParams]
  )
  const reset = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams])
  return { filters, update, reset }
}

/** "1 Oct – 30 Oct 2026" (or with both years when they differ). */
export function formatRange(from: string, to: string): string {
  const a = new Date(`${from}T00:00:00Z`)
  const b = new Date(`${to}T00:00:00Z`)
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear()
  const fmt = (d: Date, year: boolean) =>
    d.toLocaleDateString(undefined, { day: "numeric", month: "short", year: year ? "numeric" : undefined, timeZone: "UTC" })
  return from === to ? fmt(a, true) : `${fmt(a, !sameYear)} – ${fmt(b, true)}`
}

/** A chart's bucket label: "25 Nov" for days and weeks (the week's Monday), "Nov 2026" for months. */
export function formatBucket(bucket: string, interval: KpiInterval, long = false): string {
  const d = new Date(`${bucket.length === 7 ? `${bucket}-01` : bucket.slice(0, 10)}T00:00:00Z`)
  if (Number.isNaN(d.getTime())) return bucket
  if (interval === "month") return d.toLocaleDateString(undefined, { month: "short", year: "numeric", timeZone: "UTC" })
  const label = d.toLocaleDateString(undefined, { day: "numeric", month: "short", year: long ? "numeric" : undefined, timeZone: "UTC" })
  return interval === "week" && long ? `Week of ${label}` : label
}

/** YYYY-MM-DD of a date picked in the browser (its local calendar day). */
export function dayOfLocalDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`
}

/** A local Date on the calendar day YYYY-MM-DD, for the date pickers. */
export function localDateOfDay(day: string): Date {
  const [y, m, d] = day.split("-").map(Number)
  return new Date(y, m - 1, d)
}

/**
 * A label per category that tells same-named categories apart with as few ancestors as needed:
 * "Belts", but "Men › Shoes › Boots" next to "Women › Shoes › Boots".
 */
export function categoryLabels(categories: CategoryOption[]): Map<string, string> {
  const byId = new Map(categories.map((c) => [c.id, c]))
  const paths = new Map<string, string[]>()
  for (const c of categories) {
    const path = [c.name]
    const seen = new Set([c.id])
    for (let p = c.parent_category_id; p && byId.has(p) && !seen.has(p); p = byId.get(p)!.parent_category_id) {
      seen.add(p)
      path.unshift(byId.get(p)!.name)
    }
    paths.set(c.id, path)
  }
  const labels = new Map<string, string>()
  for (const [id, path] of paths) {
    let k = 1
    const suffix = (p: string[], n: number) => p.slice(-n).join(" › ")
    while (k < path.length && [...paths].some(([other, p]) => other !== id && suffix(p, k) === suffix(path, k))) k++
    labels.set(id, suffix(path, k))
  }
  return labels
}
