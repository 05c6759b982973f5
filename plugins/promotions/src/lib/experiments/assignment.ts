import { hashUnit } from "../math/hash"

/**
 * Deterministic assignment of customers to the arms of an experiment or to a promotion's holdout: the unit
 * position u = hash(experimentKey + ":" + salt + ":" + customerId) ∈ [0, 1) (FNV-1a + fmix32, see math/hash)
 * decides the arm by cumulative weight. A customer's arm depends only on the key and their own id, so it
 * never changes when the audience grows, and raising a holdout share only moves treated customers into the
 * holdout, never the other way (the arms are laid out holdout first on the unit line).
 */

export type Arm = { code: string; weight: number }

export type HoldoutDesign = {
  /** stable experiment (or promotion) key; changing it reshuffles everyone */
  key: string
  /** share of the audience kept out of the promotion, in [0, 1) */
  holdoutShare: number
}

export function assignmentUnit(key: string, customerId: string, salt = "holdout"): number {
  return hashUnit(`${key}:${salt}:${customerId}`)
}

/** "holdout" or "treatment" for one customer. */
export function assignHoldout(design: HoldoutDesign, customerId: string): "holdout" | "treatment" {
  if (!(design.holdoutShare >= 0 && design.holdoutShare < 1)) throw new RangeError("holdoutShare must be in [0, 1)")
  return assignmentUnit(design.key, customerId) < design.holdoutShare ? "holdout" : "treatment"
}

function checkArms(arms: Arm[]): number {
  if (arms.length < 2) throw new RangeError("an experiment needs at least two arms")
  const codes = new Set(arms.map((a) => a.code))
  if (codes.size !== arms.length) throw new RangeError("arm codes must be distinct")
  let total = 0
  for (const a of arms) {
    if (!(a.weight > 0)) throw new RangeError(`arm ${a.code} needs a positive weight`)
    total += a.weight
  }
  return total
}

/**
 * The arm of one customer among weighted arms (an A/B between two promotions, or more). Salted separately
 * from the holdout, so an A/B inside the treated part of a holdout design is independent of the holdout draw.
 */
export function assignArm(key: string, customerId: string, arms: Arm[]): string {
  const total = checkArms(arms)
  const u = assignmentUnit(key, customerId, "arm") * total
  let acc = 0
  for (const a of arms) {
    acc += a.weight
    if (u < acc) return a.code
  }
  return arms[arms.length - 1].code
}

export type SplitResult = {
  /** arm code → customer ids, in input order */
  arms: Record<string, string[]>
  counts: Record<string, number>
}

/**
 * Splits an audience: first the holdout (when `holdoutShare` > 0), then the treated part among `arms`
 * (one arm "treatment" when none are given). Duplicate ids are assigned once.
 */
export function splitAudience(
  customerIds: Iterable<string>,
  design: HoldoutDesign & { arms?: Arm[] }
): SplitResult {
  const arms = design.arms ?? [{ code: "treatment", weight: 1 }]
  if (design.arms) checkArms(arms)
  if (arms.some((a) => a.code === "holdout")) throw new RangeError('"holdout" is reserved for the holdout arm')
  const out: Record<string, string[]> = { holdout: [] }
  for (const a of arms) out[a.code] = []
  const seen = new Set<string>()
  for (const id of customerIds) {
    if (seen.has(id)) continue
    seen.add(id)
    if (design.holdoutShare > 0 && assignHoldout(design, id) === "holdout") out.holdout.push(id)
    else out[arms.length === 1 ? arms[0].code : assignArm(design.key, id, arms)].push(id)
  }
  const counts: Record<string, number> = {}
  for (const [k, v] of Object.entries(out)) counts[k] = v.length
  return { arms: out, counts }
}

/** The designed shares of `splitAudience`'s arms, for the sample-ratio-mismatch check. */
export function designedShares(design: HoldoutDesign & { arms?: Arm[] }): Record<string, number> {
  const arms = design.arms ?? [{ code: "treatment", weight: 1 }]
  const total = arms.reduce((s, a) => s + a.weight, 0)
  const shares: Record<string, number> = { holdout: design.holdoutShare }
  for (const a of arms) shares[a.code] = ((1 - design.holdoutShare) * a.weight) / total
  return shares
}
