import { zForConfidence } from "../math/normal"
import { Interval, wilsonInterval } from "../math/proportions"

export type CsatResult = {
  n: number
  satisfied: number
  /** Share of satisfied answers, in percent (0..100). */
  csat: number
  /** Wilson interval of that share, in percent. */
  interval: Interval
  /** Mean answer on the 1..5 scale (NaN without answers). */
  mean: number
}

/**
 * CSAT as helpdesks report it: the percentage of answers of 4 or 5 on a 1–5 scale ("satisfied" or "very
 * satisfied"), with a Wilson score interval (see math/proportions). Answers outside 1..5 are a caller's bug.
 */
export function csatScore(scores: readonly number[], options: { satisfiedMin?: number; confidence?: number } = {}): CsatResult {
  const satisfiedMin = options.satisfiedMin ?? 4
  let satisfied = 0
  let sum = 0
  for (const s of scores) {
    if (!Number.isInteger(s) || s < 1 || s > 5) throw new RangeError(`a CSAT answer is 1..5, got ${s}`)
    if (s >= satisfiedMin) satisfied++
    sum += s
  }
  const n = scores.length
  const w = wilsonInterval(satisfied, n, options.confidence ?? 0.95)
  return { n, satisfied, csat: n ? (100 * satisfied) / n : 0, interval: { low: 100 * w.low, high: 100 * w.high }, mean: n ? sum / n : NaN }
}

export type NpsResult = {
  n: number
  promoters: number
  passives: number
  detractors: number
  /** % promoters − % detractors, −100..100. */
  nps: number
  /** Interval of the NPS, in NPS points. */
  interval: Interval
  method: "wald" | "adjusted_wald"
}

/**
 * Net Promoter Score of 0–10 answers: promoters 9–10, passives 7–8, detractors 0–6 (Reichheld 2003).
 * The interval treats each answer as +1 / 0 / −1, so Var = (pP + pD − (pP − pD)²) / n (the multinomial
 * variance of a difference of two shares). "wald" uses the observed shares; "adjusted_wald" (default) first adds
 * three pseudo-answers — ¾ promoter, ¾ detractor, 1½ passive — so that 5 promoters out of 5 do not get a
 * zero-width interval (an Agresti–Coull-style adjustment; Rocks 2016, The American Statistician 70:365-372,
 * compares such intervals for the NPS). The reported nps is always the observed one.
 */
export function npsScore(scores: readonly number[], options: { confidence?: number; method?: "wald" | "adjusted_wald" } = {}): NpsResult {
  let promoters = 0
  let passives = 0
  let detractors = 0
  for (const s of scores) {
    if (!Number.isInteger(s) || s < 0 || s > 10) throw new RangeError(`an NPS answer is 0..10, got ${s}`)
    if (s >= 9) promoters++
    else if (s >= 7) passives++
    else detractors++
  }
  const n = scores.length
  const method = options.method ?? "adjusted_wald"
  const nps = n ? (100 * (promoters - detractors)) / n : 0
  const [p, d, m] = method === "adjusted_wald" ? [promoters + 0.75, detractors + 0.75, n + 3] : [promoters, detractors, n]
  if (m === 0) return { n, promoters, passives, detractors, nps, interval: { low: -100, high: 100 }, method }
  const pP = p / m
  const pD = d / m
  const centre = pP - pD
  const se = Math.sqrt(Math.max(0, pP + pD - centre * centre) / m)
  const z = zForConfidence(options.confidence ?? 0.95)
  return {
    n,
    promoters,
    passives,
    detractors,
    nps,
    interval: { low: Math.max(-100, 100 * (centre - z * se)), high: Math.min(100, 100 * (centre + z * se)) },
    method,
  }
}
