/** The purchase funnel: a product viewed, added to a cart, a checkout started, an order placed. */
export const FUNNEL_STEPS = ["viewed", "added_to_cart", "checkout_started", "ordered"] as const

export type FunnelStep = (typeof FUNNEL_STEPS)[number]

export type FunnelCounts = Record<FunnelStep, number>

export type FunnelRow = {
  step: FunnelStep
  count: number
  /** count / count of the previous step; null for the first step or when the previous count is 0. */
  rate: number | null
  /** count / count of the first step; null when the first count is 0. */
  overall: number | null
}

/** Step rates from step counts. */
export function funnelFromCounts(counts: FunnelCounts): FunnelRow[] {
  const first = counts[FUNNEL_STEPS[0]]
  return FUNNEL_STEPS.map((step, i) => {
    const count = counts[step]
    const previous = i === 0 ? 0 : counts[FUNNEL_STEPS[i - 1]]
    return {
      step,
      count,
      rate: i === 0 || previous === 0 ? null : count / previous,
      overall: first === 0 ? null : count / first,
    }
  })
}

/**
 * Counts distinct sessions per step from (session, step) observations. Strict by default: a session counts
 * at a step only when it also reached every earlier step, so the counts never widen (a checkout restored from
 * an old cart without a view in this session is not counted). `strict: false` counts every session per step.
 */
export function countFunnelSessions(
  observations: Iterable<{ session: string; step: FunnelStep }>,
  options: { strict?: boolean } = {}
): FunnelCounts {
  const strict = options.strict ?? true
  const reached = new Map<string, number>()
  for (const o of observations) {
    const index = FUNNEL_STEPS.indexOf(o.step)
    if (index < 0) continue
    reached.set(o.session, (reached.get(o.session) ?? 0) | (1 << index))
  }
  const counts: FunnelCounts = { viewed: 0, added_to_cart: 0, checkout_started: 0, ordered: 0 }
  for (const mask of reached.values()) {
    for (let i = 0; i < FUNNEL_STEPS.length; i++) {
      const bit = 1 << i
      if (!(mask & bit)) {
        if (strict) break
        continue
      }
      counts[FUNNEL_STEPS[i]]++
    }
  }
  return counts
}
