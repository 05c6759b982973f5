import { jStat } from "jstat"

/** Standard normal quantile z_p (jstat's inverse error function; |error| < 1e-9 in the tails we use). */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity
  if (p >= 1) return Infinity
  return jStat.normal.inv(p, 0, 1)
}

/** Standard normal distribution function Φ(x). */
export function normalCdf(x: number): number {
  return jStat.normal.cdf(x, 0, 1)
}

/** Standard normal density φ(x). */
export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI)
}

/**
 * The standard normal loss function G(k) = E[(Z − k)+] = φ(k) − k(1 − Φ(k)): expected units short per unit of σ
 * when the safety factor is k (Silver, Pyke & Thomas, "Inventory and Production Management in Supply Chains",
 * 4th ed., §6.7 and Appendix II).
 */
export function normalLoss(k: number): number {
  return normalPdf(k) - k * (1 - normalCdf(k))
}

/**
 * The k with G(k) = target (G is strictly decreasing), by bisection on [-6, 8]. Used for a fill-rate (P2) service
 * level: G(k) = Q(1 − P2)/σ_L.
 */
export function inverseNormalLoss(target: number): number {
  if (target <= 0) return 8
  let lo = -6
  let hi = 8
  if (target >= normalLoss(lo)) return lo
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2
    if (normalLoss(mid) > target) lo = mid
    else hi = mid
  }
  return (lo + hi) / 2
}
