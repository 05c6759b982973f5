import { inverseNormalLoss, normalLoss, normalQuantile } from "../math/normal"

/**
 * Safety stock for a service level (Silver, Pyke & Thomas, 4th ed., §6.7):
 * - cycle service level P1 (probability of no stock-out per replenishment cycle): k = z_{P1}, SS = k·σ_L;
 * - fill rate P2 (share of demand met from stock): G(k) = Q·(1 − P2)/σ_L with G the standard normal loss
 *   function, SS = k·σ_L (a negative k is allowed: large lots protect by themselves).
 */
export function safetyFactorCycle(p1: number): number {
  if (!(p1 > 0 && p1 < 1)) throw new RangeError(`service level must be in (0, 1), got ${p1}`)
  return normalQuantile(p1)
}

export function safetyFactorFillRate(p2: number, orderQuantity: number, sigmaL: number): number {
  if (!(p2 > 0 && p2 < 1)) throw new RangeError(`fill rate must be in (0, 1), got ${p2}`)
  if (!(sigmaL > 0)) return 0
  return inverseNormalLoss((orderQuantity * (1 - p2)) / sigmaL)
}

/** Expected units short per replenishment cycle for safety factor k: σ_L·G(k). */
export function expectedShortage(sigmaL: number, k: number): number {
  return sigmaL * normalLoss(k)
}
