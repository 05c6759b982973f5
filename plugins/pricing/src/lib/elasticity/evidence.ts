import type { Evidence } from "../strategies/types"

export type EvidenceOptions = {
  /** observations (product-weeks) needed; default 8 */
  minObs: number
  /** distinct shelf prices needed; default 3 */
  minPriceLevels: number
  /** standard deviation of ln(price) needed, i.e. typical price variation (0.02 ≈ 2 %); default 0.02 */
  minLogPriceSd: number
  /** widest confidence interval still called good; default 2 (e.g. −2.5 … −0.5) */
  maxCiWidth: number
}

export const DEFAULT_EVIDENCE: EvidenceOptions = { minObs: 8, minPriceLevels: 3, minLogPriceSd: 0.02, maxCiWidth: 2 }

export type EvidenceFacts = {
  observations: number
  priceLevels: number
  lnPriceSd: number
  /** NaN when no estimate could be made */
  elasticity: number
  ciLow: number
  ciHigh: number
}

/**
 * The evidence flag:
 * - insufficient: too few observations, too few distinct prices, too little price variation, or no estimate
 *   (price collinear with the controls). The data cannot say how demand reacts to price.
 * - weak: estimated, but the interval includes zero or positive values (no demonstrated negative slope), or it
 *   is wider than maxCiWidth.
 * - good: enough data, and the whole interval is negative and narrow enough to act on.
 */
export function judgeEvidence(f: EvidenceFacts, o: EvidenceOptions): { evidence: Evidence; reasons: string[] } {
  const insufficient: string[] = []
  if (f.observations < o.minObs) insufficient.push(`${f.observations} observations, ${o.minObs} needed`)
  if (f.priceLevels < o.minPriceLevels) insufficient.push(`${f.priceLevels} distinct price(s), ${o.minPriceLevels} needed`)
  if (!(f.lnPriceSd >= o.minLogPriceSd)) {
    insufficient.push(`price varies by ${(f.lnPriceSd * 100).toFixed(1)} % (sd of log price), ${(o.minLogPriceSd * 100).toFixed(1)} % needed`)
  }
  if (!Number.isFinite(f.elasticity)) insufficient.push("no estimate: price is constant or collinear with the controls")
  if (insufficient.length) return { evidence: "insufficient", reasons: insufficient }
  const weak: string[] = []
  if (!(f.ciHigh < 0)) weak.push(`the interval [${f.ciLow.toFixed(2)}, ${f.ciHigh.toFixed(2)}] is not entirely negative`)
  if (!(f.ciHigh - f.ciLow <= o.maxCiWidth)) weak.push(`the interval is ${(f.ciHigh - f.ciLow).toFixed(2)} wide, at most ${o.maxCiWidth} wanted`)
  return weak.length ? { evidence: "weak", reasons: weak } : { evidence: "good", reasons: [] }
}
