// Alert rules on delivery performance, a registry of { code, argsSchema, evaluate } like the routing strategies.
// Each alert carries a stable key so the same condition is raised once and kept open until it clears.
import { z } from "@medusajs/framework/zod"
import { DIMENSIONS, deliveryStats, type DeliveryRecord, type Dimension } from "./delivery-stats"

export type Alert = {
  rule: string
  /** stable identity of the condition: rule, dimension and group */
  key: string
  dimension: Dimension | null
  group: string | null
  value: number
  threshold: number
  severity: "warning" | "critical"
  message: string
}

export type AlertContext = { records: readonly DeliveryRecord[]; now: number }

export type AlertRule<A = any> = {
  code: string
  title: string
  description: string
  argsSchema: z.ZodType<A>
  evaluate(args: A, ctx: AlertContext): Alert[]
}

const DAY = 86_400_000
const pct = (x: number) => `${Math.round(x * 1000) / 10} %`
const inWindow = (ctx: AlertContext, days: number) => ctx.records.filter((r) => (r.promised_at ?? r.shipped_at ?? 0) >= ctx.now - days * DAY && (r.promised_at ?? 0) <= ctx.now)

const lateRateArgs = z
  .object({
    dimension: z.enum(DIMENSIONS).default("carrier"),
    /** late share above which the group is alerted */
    threshold: z.number().min(0).max(1).default(0.1),
    /** groups with fewer delivered shipments are not judged */
    min_shipments: z.number().int().min(1).default(20),
    window_days: z.number().int().min(1).max(365).default(28),
    /** true: alert only when even the Wilson lower bound is above the threshold (fewer false alarms) */
    confident: z.boolean().default(true),
    /** late share at which the alert is critical */
    critical: z.number().min(0).max(1).default(0.25),
  })
  .strict()
type LateRateArgs = z.infer<typeof lateRateArgs>

export const lateRateAbove: AlertRule<LateRateArgs> = {
  code: "late_rate_above",
  title: "Late rate above threshold",
  description: "A carrier, location or region delivers more than the threshold share of its parcels after the promised time (over the window).",
  argsSchema: lateRateArgs as z.ZodType<LateRateArgs>,
  evaluate(a, ctx) {
    return deliveryStats(inWindow(ctx, a.window_days), a.dimension, ctx.now)
      .filter((s) => s.delivered >= a.min_shipments && (a.confident ? s.late_rate_low : s.late_rate) > a.threshold)
      .map((s) => ({
        rule: "late_rate_above",
        key: `late_rate_above:${a.dimension}:${s.key}`,
        dimension: a.dimension,
        group: s.key,
        value: s.late_rate,
        threshold: a.threshold,
        severity: s.late_rate >= a.critical ? ("critical" as const) : ("warning" as const),
        message: `${a.dimension} ${s.key}: ${pct(s.late_rate)} of ${s.delivered} deliveries late in the last ${a.window_days} days (95 % interval ${pct(s.late_rate_low)}–${pct(s.late_rate_high)}; threshold ${pct(a.threshold)})`,
      }))
  },
}

const overdueArgs = z
  .object({
    /** hours past the promise */
    hours: z.number().min(0).default(24),
    min_count: z.number().int().min(1).default(1),
    dimension: z.enum(DIMENSIONS).default("carrier"),
  })
  .strict()
type OverdueArgs = z.infer<typeof overdueArgs>

export const overdueOpen: AlertRule<OverdueArgs> = {
  code: "overdue_open",
  title: "Parcels overdue",
  description: "Parcels not delivered although their promise passed more than the given hours ago, per carrier, location or region.",
  argsSchema: overdueArgs as z.ZodType<OverdueArgs>,
  evaluate(a, ctx) {
    const by = new Map<string, number>()
    for (const r of ctx.records) {
      if (r.delivered_at !== null || r.promised_at === null || r.promised_at > ctx.now - a.hours * 3_600_000) continue
      const k = r[a.dimension] ?? "(none)"
      by.set(k, (by.get(k) ?? 0) + 1)
    }
    return [...by]
      .filter(([, n]) => n >= a.min_count)
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .map(([k, n]) => ({
        rule: "overdue_open",
        key: `overdue_open:${a.dimension}:${k}`,
        dimension: a.dimension,
        group: k,
        value: n,
        threshold: a.min_count,
        severity: n >= a.min_count * 5 ? ("critical" as const) : ("warning" as const),
        message: `${a.dimension} ${k}: ${n} parcel${n === 1 ? "" : "s"} more than ${a.hours} h past the promised delivery and not delivered`,
      }))
  },
}

const delayArgs = z
  .object({
    dimension: z.enum(DIMENSIONS).default("carrier"),
    /** mean hours late of the late parcels */
    hours: z.number().min(0).default(24),
    min_late: z.number().int().min(1).default(5),
    window_days: z.number().int().min(1).max(365).default(28),
  })
  .strict()
type DelayArgs = z.infer<typeof delayArgs>

export const meanDelayAbove: AlertRule<DelayArgs> = {
  code: "mean_delay_above",
  title: "Late parcels very late",
  description: "The late parcels of a carrier, location or region arrive on average more than the given hours after the promise.",
  argsSchema: delayArgs as z.ZodType<DelayArgs>,
  evaluate(a, ctx) {
    return deliveryStats(inWindow(ctx, a.window_days), a.dimension, ctx.now)
      .filter((s) => s.late >= a.min_late && (s.mean_delay_hours ?? 0) > a.hours)
      .map((s) => ({
        rule: "mean_delay_above",
        key: `mean_delay_above:${a.dimension}:${s.key}`,
        dimension: a.dimension,
        group: s.key,
        value: s.mean_delay_hours!,
        threshold: a.hours,
        severity: s.mean_delay_hours! > a.hours * 2 ? ("critical" as const) : ("warning" as const),
        message: `${a.dimension} ${s.key}: late parcels arrive ${s.mean_delay_hours} h after the promise on average (${s.late} late; threshold ${a.hours} h)`,
      }))
  },
}

/** Every alert rule by its stable code. */
export const ALERT_RULES: Readonly<Record<string, AlertRule>> = Object.freeze(Object.fromEntries([lateRateAbove, overdueOpen, meanDelayAbove].map((r) => [r.code, r])))

export const DEFAULT_ALERT_RULES: { code: string; args: Record<string, unknown> }[] = [
  { code: "late_rate_above", args: { dimension: "carrier", threshold: 0.1, min_shipments: 20, window_days: 28 } },
  { code: "late_rate_above", args: { dimension: "location", threshold: 0.15, min_shipments: 20, window_days: 28 } },
  { code: "overdue_open", args: { hours: 48, min_count: 3, dimension: "carrier" } },
]

/** Runs the configured rules; an unknown code or bad arguments throw (configs are checked when saved). */
export function evaluateAlerts(rules: readonly { code: string; args?: Record<string, unknown> }[], ctx: AlertContext): Alert[] {
  const out: Alert[] = []
  const seen = new Set<string>()
  for (const r of rules) {
    const def = ALERT_RULES[r.code]
    if (!def) throw new Error(`unknown alert rule ${r.code}`)
    for (const a of def.evaluate(def.argsSchema.parse(r.args ?? {}), ctx)) {
      if (seen.has(a.key)) continue
      seen.add(a.key)
      out.push(a)
    }
  }
  return out
}
