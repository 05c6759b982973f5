/**
 * A sequential-safe stop rule: the mixture sequential probability ratio test (mSPRT) with a normal mixing
 * distribution, as in Johari, Koomen, Pekelis & Walsh (2017), "Peeking at A/B tests: why it matters, and what to
 * do about it", KDD, and Johari, Pekelis & Walsh (2022), "Always valid inference", Operations Research 70(3).
 *
 * At each look the estimate θ̂ (treatment − control) with variance s² (the Welch or CUPED se²) is compared
 * with H0: θ = θ0 through the mixture likelihood ratio over θ ~ N(θ0, τ²):
 *   Λ = sqrt(s² / (s² + τ²)) · exp( τ² (θ̂ − θ0)² / (2 s² (s² + τ²)) ).
 * The always-valid p-value is min(1, 1 / max Λ so far); rejecting when it drops below α keeps the type-I error
 * at most α however often one peeks (Ville's inequality on the mixture martingale). Inverting Λ < 1/α gives the
 * always-valid confidence sequence θ̂ ± sqrt( s² (s² + τ²)/τ² · (2 ln(1/α) + ln((s² + τ²)/s²)) ), intersected
 * over the looks. With s² estimated from the data the guarantee is asymptotic (as in the papers' t-free
 * implementation); the seeded simulation in the tests measures it.
 */

export type SequentialOptions = {
  alpha?: number
  /** mixing variance τ² of the effect, in squared metric units; see `mixingVarianceForHorizon` */
  tau2: number
  /** the null effect (default 0) */
  theta0?: number
}

export type SequentialLook = {
  /** 1-based look number */
  look: number
  diff: number
  se: number
  lambda: number
  /** always-valid p-value up to this look */
  p: number
  /** running intersection of the always-valid intervals */
  ciLow: number
  ciHigh: number
  /** true from the first look at which p < alpha (the rule says: stop) */
  stop: boolean
}

/** The mixture likelihood ratio Λ of one look. */
export function msprtLambda(diff: number, se: number, tau2: number, theta0 = 0): number {
  const s2 = se * se
  if (!(s2 > 0) || !(tau2 > 0)) return NaN
  const z2 = (diff - theta0) ** 2
  return Math.sqrt(s2 / (s2 + tau2)) * Math.exp((tau2 * z2) / (2 * s2 * (s2 + tau2)))
}

/** Half-width of the always-valid interval at one look. */
export function msprtHalfWidth(se: number, tau2: number, alpha: number): number {
  const s2 = se * se
  return Math.sqrt(((s2 * (s2 + tau2)) / tau2) * (2 * Math.log(1 / alpha) + Math.log((s2 + tau2) / s2)))
}

/**
 * τ² that makes the always-valid interval narrowest when the estimate's standard error reaches `plannedSe`
 * (the se expected at the planned end): τ² = k · plannedSe², k minimising (1 + 1/k)(2 ln(1/α) + ln(1 + k))
 * (k ≈ 7.7 at α = 0.05); found by golden-section search on ln k.
 */
export function mixingVarianceForHorizon(plannedSe: number, alpha = 0.05): number {
  if (!(plannedSe > 0)) throw new RangeError("plannedSe must be positive")
  const c = 2 * Math.log(1 / alpha)
  const f = (lk: number) => {
    const k = Math.exp(lk)
    return (1 + 1 / k) * (c + Math.log1p(k))
  }
  let lo = -5
  let hi = 10
  const g = (Math.sqrt(5) - 1) / 2
  for (let i = 0; i < 100; i++) {
    const m1 = hi - g * (hi - lo)
    const m2 = lo + g * (hi - lo)
    if (f(m1) < f(m2)) hi = m2
    else lo = m1
  }
  return Math.exp((lo + hi) / 2) * plannedSe * plannedSe
}

/**
 * Runs the stop rule over a series of looks (cumulative estimates after each batch). The state is carried in
 * the returned looks, so an online caller appends one look at a time with `nextSequentialLook`.
 */
export function sequentialTest(looks: { diff: number; se: number }[], options: SequentialOptions): SequentialLook[] {
  const out: SequentialLook[] = []
  for (const l of looks) out.push(nextSequentialLook(out[out.length - 1] ?? null, l, options))
  return out
}

export function nextSequentialLook(
  previous: SequentialLook | null,
  look: { diff: number; se: number },
  options: SequentialOptions
): SequentialLook {
  const alpha = options.alpha ?? 0.05
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`)
  if (!(options.tau2 > 0)) throw new RangeError("tau2 must be positive")
  const theta0 = options.theta0 ?? 0
  const lambda = msprtLambda(look.diff, look.se, options.tau2, theta0)
  const pHere = Number.isFinite(lambda) ? Math.min(1, 1 / lambda) : 1
  const p = Math.min(previous ? previous.p : 1, pHere)
  const half = msprtHalfWidth(look.se, options.tau2, alpha)
  const lo = Number.isFinite(half) ? look.diff - half : -Infinity
  const hi = Number.isFinite(half) ? look.diff + half : Infinity
  return {
    look: (previous?.look ?? 0) + 1,
    diff: look.diff,
    se: look.se,
    lambda,
    p,
    ciLow: Math.max(previous ? previous.ciLow : -Infinity, lo),
    ciHigh: Math.min(previous ? previous.ciHigh : Infinity, hi),
    stop: (previous?.stop ?? false) || p < alpha,
  }
}
