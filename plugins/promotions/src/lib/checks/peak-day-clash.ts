import { z } from "@medusajs/framework/zod"
import { DAY_MS, type PlanningCheck } from "./check-types"

export type PeakDayArgs = {
  /** a day is a peak when its GMV is at least this multiple of the median day (default 1.8) */
  peakRatio?: number
  /** known peak days "YYYY-MM-DD" (Black Friday, a festival) besides those read from history */
  peakDays?: string[]
  /** fail instead of warn on a clash (default false) */
  failOnClash?: boolean
}

const dayKey = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const dayMs = (key: string) => Date.UTC(+key.slice(0, 4), +key.slice(5, 7) - 1, +key.slice(8, 10))

/**
 * A promotion on a peak day gives the discount on sales that would have happened anyway (and strains stock and
 * fulfilment). Peaks are read from the daily GMV history: a day at least `peakRatio` × the median day. A
 * promotion day clashes when it is a listed peak day, when the same weekday about a year earlier (51, 52 or 53
 * weeks: moving holidays such as Black Friday shift by a week between years) was a peak, or when its weekday's
 * median GMV is itself a peak level.
 */
export const peakDayClashCheck: PlanningCheck<PeakDayArgs> = {
  code: "peak_day_clash",
  title: "Clash with a peak day",
  description: "Warns when the promotion runs on a day that was a GMV peak a year earlier (same weekday, within a week), on a listed peak day, or on a peak weekday.",
  argsSchema: z
    .object({
      peakRatio: z.number().gt(1).optional(),
      peakDays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).optional(),
      failOnClash: z.boolean().optional(),
    })
    .strict() as z.ZodType<PeakDayArgs>,
  evaluate(ctx, args) {
    const ratio = args.peakRatio ?? 1.8
    const history = ctx.dailyGmv ?? []
    const byDay = new Map(history.map((h) => [h.day, h.gmv]))
    const sorted = history.map((h) => h.gmv).sort((a, b) => a - b)
    const median = sorted.length ? (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2 : NaN
    const threshold = median * ratio
    const weekday: number[][] = [[], [], [], [], [], [], []]
    for (const h of history) weekday[new Date(dayMs(h.day)).getUTCDay()].push(h.gmv)
    const weekdayMedian = weekday.map((v) => {
      const s = v.slice().sort((a, b) => a - b)
      return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN
    })
    const listed = new Set(args.peakDays ?? [])
    const c = ctx.candidate
    const clashes: { day: string; why: string; gmv: number | null }[] = []
    for (let t = Math.floor(c.startsAt / DAY_MS) * DAY_MS; t < c.endsAt; t += DAY_MS) {
      const key = dayKey(t)
      let lastYear = ""
      let ly: number | undefined
      for (const weeks of [52, 53, 51]) {
        const k = dayKey(t - weeks * 7 * DAY_MS)
        const g = byDay.get(k)
        if (g !== undefined && g >= threshold && (ly === undefined || g > ly)) {
          ly = g
          lastYear = k
        }
      }
      const wd = weekdayMedian[new Date(t).getUTCDay()]
      if (listed.has(key)) clashes.push({ day: key, why: "listed peak day", gmv: null })
      else if (ly !== undefined && ly >= threshold) clashes.push({ day: key, why: `peak a year earlier (${lastYear})`, gmv: ly })
      else if (Number.isFinite(wd) && wd >= threshold) clashes.push({ day: key, why: "peak weekday", gmv: wd })
    }
    const worst = clashes.reduce<number | null>((m, x) => (x.gmv !== null && (m === null || x.gmv > m) ? x.gmv : m), null)
    const figures = {
      history_days: history.length,
      median_daily_gmv: Number.isFinite(median) ? Math.round(median) : null,
      peak_threshold: Number.isFinite(threshold) ? Math.round(threshold) : null,
      clash_days: clashes.map((x) => x.day),
      clash_reasons: clashes.map((x) => `${x.day}: ${x.why}`),
      highest_clash_gmv: worst,
      highest_clash_ratio: worst !== null && median > 0 ? +(worst / median).toFixed(2) : null,
    }
    if (history.length === 0 && listed.size === 0) return { code: this.code, status: "warn", message: "no daily GMV history: peak days not checked", figures }
    if (clashes.length) {
      return {
        code: this.code,
        status: args.failOnClash ? "fail" : "warn",
        message: `${clashes.length} promotion day(s) fall on peak days (${clashes.slice(0, 3).map((x) => x.day).join(", ")}${clashes.length > 3 ? ", …" : ""}): the discount would go to sales that happen anyway`,
        figures,
      }
    }
    return { code: this.code, status: "pass", message: "no peak day in the promotion's dates", figures }
  },
}
