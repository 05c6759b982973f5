import type { ElasticityInfo } from "../strategies/types"

export type ExpectedEffect = {
  /** price − cost per unit, minor units; null without a cost */
  unitMarginOld: number | null
  unitMarginNew: number | null
  /** expected change of units sold, percent, from the elasticity; null without a usable estimate */
  volumeChangePct: number | null
  /** the evidence of the elasticity used for volumeChangePct */
  elasticityEvidence: ElasticityInfo["evidence"] | null
  /**
   * expected change of gross margin over the baseline period (baselineUnits), minor units, rounded once;
   * with no usable elasticity it assumes unchanged volume (volumeChangePct is then null, so the UI can say so)
   */
  marginChange: number | null
  revenueChange: number | null
}

/**
 * Constant-elasticity demand: q1 = q0 (p1 / p0)^ε. A "weak" estimate is still the best guess of direction and
 * is used (and labelled); an "insufficient" one is not.
 */
export function expectedEffect(
  oldPrice: number,
  newPrice: number,
  cost: number | null,
  elasticity: ElasticityInfo | null | undefined,
  baselineUnits: number | null | undefined
): ExpectedEffect {
  const usable = elasticity && elasticity.evidence !== "insufficient" && Number.isFinite(elasticity.elasticity)
  const ratio = oldPrice > 0 ? newPrice / oldPrice : 1
  const volumeFactor = usable ? Math.pow(ratio, elasticity!.elasticity) : 1
  const q0 = baselineUnits ?? null
  const q1 = q0 === null ? null : q0 * volumeFactor
  const mOld = cost === null ? null : oldPrice - cost
  const mNew = cost === null ? null : newPrice - cost
  return {
    unitMarginOld: mOld,
    unitMarginNew: mNew,
    volumeChangePct: usable ? Math.round((volumeFactor - 1) * 10_000) / 100 : null,
    elasticityEvidence: usable ? elasticity!.evidence : null,
    marginChange: q0 === null || q1 === null || mOld === null || mNew === null ? null : Math.round(mNew * q1 - mOld * q0),
    revenueChange: q0 === null || q1 === null ? null : Math.round(newPrice * q1 - oldPrice * q0),
  }
}
