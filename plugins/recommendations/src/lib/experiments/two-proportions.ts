import { normalCdf, normalQuantile } from "./normal"

/** Successes out of trials in one arm: clicks / impressions (CTR) or orders / visitors (conversion). */
export type Arm = { successes: number; trials: number }

export type Verdict = "B better" | "A better" | "no significant difference" | "not enough data"

export type ProportionComparison = {
  rateA: number
  rateB: number
  /** rateB − rateA. */
  difference: number
  /** Newcombe's hybrid score interval for the difference (good coverage even at small counts and rates near 0). */
  interval: [number, number]
  confidence: number
  /** Two-sided p-value of the pooled two-proportion z-test. */
  pValue: number
  verdict: Verdict
}

export type CompareOptions = {
  confidence?: number
  /** Below this many trials in either arm (or under 5 successes in total) the verdict is "not enough data". */
  minTrials?: number
}

/** Wilson score interval for one proportion. */
export function wilsonInterval(successes: number, trials: number, z: number): [number, number] {
  if (trials === 0) return [0, 1]
  const p = successes / trials
  const z2 = z * z
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials)
  const half = (z / (1 + z2 / trials)) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))
  return [Math.max(0, centre - half), Math.min(1, centre + half)]
}

/** Compares arm B (the challenger) with arm A (the control). */
export function compareProportions(a: Arm, b: Arm, options: CompareOptions = {}): ProportionComparison {
  const confidence = options.confidence ?? 0.95
  const minTrials = options.minTrials ?? 100
  for (const arm of [a, b]) {
    if (!Number.isInteger(arm.successes) || !Number.isInteger(arm.trials) || arm.successes < 0 || arm.successes > arm.trials) {
      throw new RangeError(`invalid arm ${JSON.stringify(arm)}`)
    }
  }
  const z = normalQuantile(1 - (1 - confidence) / 2)
  const rateA = a.trials ? a.successes / a.trials : 0
  const rateB = b.trials ? b.successes / b.trials : 0
  const difference = rateB - rateA
  const [lA, uA] = wilsonInterval(a.successes, a.trials, z)
  const [lB, uB] = wilsonInterval(b.successes, b.trials, z)
  // Newcombe (1998), method 10, for θ = pB − pA
  const lower = difference - Math.sqrt((rateB - lB) ** 2 + (uA - rateA) ** 2)
  const upper = difference + Math.sqrt((uB - rateB) ** 2 + (rateA - lA) ** 2)
  const pooled = a.trials + b.trials ? (a.successes + b.successes) / (a.trials + b.trials) : 0
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / Math.max(1, a.trials) + 1 / Math.max(1, b.trials)))
  const pValue = se > 0 ? 2 * (1 - normalCdf(Math.abs(difference) / se)) : 1
  // the normal approximations need some events: fewer than 5 successes in total says nothing either way
  const tooSmall = a.trials < minTrials || b.trials < minTrials || a.successes + b.successes < 5
  // "better" needs both the interval to exclude 0 and p < 1 − confidence: the two methods can disagree near the
  // boundary (Newcombe's interval is slightly narrower than the pooled test), and a report must not say "B better"
  // next to p = 0.08
  const alpha = 1 - confidence
  const verdict: Verdict = tooSmall
    ? "not enough data"
    : lower > 0 && pValue < alpha
      ? "B better"
      : upper < 0 && pValue < alpha
        ? "A better"
        : "no significant difference"
  return { rateA, rateB, difference, interval: [lower, upper], confidence, pValue: Math.min(1, Math.max(0, pValue)), verdict }
}
