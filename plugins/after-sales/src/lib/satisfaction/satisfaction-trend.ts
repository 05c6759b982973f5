import { PeriodUnit, periodOf } from "../complaints/period-counts"
import { csatScore, npsScore } from "./survey-scores"
import type { SurveyResponse } from "./survey-results"

export type SatisfactionPoint = { key: string; start: number; n: number; csat: number | null; csatLow: number | null; csatHigh: number | null; nps: number | null }

/** CSAT (and NPS) per period for the dashboard's chart, periods in order with empty ones filled in between. */
export function satisfactionTrend(responses: readonly SurveyResponse[], unit: PeriodUnit): SatisfactionPoint[] {
  const by = new Map<number, { key: string; csat: number[]; nps: number[] }>()
  for (const r of responses) {
    const p = periodOf(r.at, unit)
    let b = by.get(p.start)
    if (!b) by.set(p.start, (b = { key: p.key, csat: [], nps: [] }))
    ;(r.scale === "csat" ? b.csat : b.nps).push(r.score)
  }
  if (!by.size) return []
  const starts = [...by.keys()].sort((a, b) => a - b)
  const out: SatisfactionPoint[] = []
  const step = (t: number) => {
    const d = new Date(t)
    return unit === "day" ? t + 86_400_000 : unit === "week" ? t + 7 * 86_400_000 : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
  }
  for (let t = starts[0]; t <= starts[starts.length - 1]; t = step(t)) {
    const p = periodOf(t, unit)
    const b = by.get(p.start)
    const c = b?.csat.length ? csatScore(b.csat) : null
    const n = b?.nps.length ? npsScore(b.nps) : null
    out.push({ key: p.key, start: p.start, n: (b?.csat.length ?? 0) + (b?.nps.length ?? 0), csat: c?.csat ?? null, csatLow: c?.interval.low ?? null, csatHigh: c?.interval.high ?? null, nps: n?.nps ?? null })
  }
  return out
}
