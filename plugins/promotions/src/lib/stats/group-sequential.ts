import { normalCdf, normalQuantile, normalSf, normalUpperQuantile } from "../math/distributions"

/**
 * A group-sequential stop rule for a planned number of looks: two-sided symmetric boundaries from a Lan–DeMets
 * alpha-spending function (Lan & DeMets 1983, "Discrete sequential boundaries for clinical trials", Biometrika
 * 70:659–663), computed by the recursive numerical integration of Armitage, McPherson & Rowe (1969) as laid out
 * in Jennison & Turnbull, "Group Sequential Methods with Applications to Clinical Trials" (2000), ch. 19.
 * Unlike the mSPRT (sequential.ts), which allows unplanned, unending looks and is conservative at a finite
 * horizon, this spends exactly α over the looks at the given information fractions.
 *
 * Spending per side (α/2 each), t the information fraction (n so far / planned n, or se_final² / se²):
 *   obrien_fleming  α_side(t) = 2 − 2 Φ(z_{1−α/4} / √t)   (ldbounds' "O'Brien-Fleming type")
 *   pocock          α_side(t) = (α/2) ln(1 + (e − 1) t)
 */
const MAX_Z = 37

export type SpendingFunction = "obrien_fleming" | "pocock"

export type GroupSequentialOptions = {
  alpha?: number
  spending?: SpendingFunction
  /** Simpson grid points over each continuation interval (odd; default 401) */
  gridPoints?: number
}

/** Two-sided α spent by information fraction t (both sides together). */
export function alphaSpent(t: number, alpha: number, spending: SpendingFunction): number {
  if (t <= 0) return 0
  const tt = Math.min(1, t)
  if (spending === "pocock") return alpha * Math.log(1 + (Math.E - 1) * tt)
  // 2 − 2Φ(x) written as 2Φ̄(x), so tiny early spends keep their precision
  return 2 * 2 * normalSf(normalQuantile(1 - alpha / 4) / Math.sqrt(tt))
}

/**
 * z boundaries at looks with increasing information fractions in (0, 1]: stop at look k when |z_k| ≥ bound_k.
 * A boundary depends only on the looks up to it, so an online caller can recompute with the fractions so far.
 */
export function groupSequentialBounds(fractions: number[], options: GroupSequentialOptions = {}): number[] {
  const alpha = options.alpha ?? 0.05
  const spending = options.spending ?? "obrien_fleming"
  let m = options.gridPoints ?? 401
  if (m % 2 === 0) m++
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`)
  for (let k = 0; k < fractions.length; k++) {
    if (!(fractions[k] > (k ? fractions[k - 1] : 0)) || fractions[k] > 1 + 1e-12) {
      throw new RangeError("information fractions must increase within (0, 1]")
    }
  }
  const bounds: number[] = []
  if (fractions.length === 0) return bounds
  // look 1: S_1 = Z_1 √t_1 ~ N(0, t_1)
  const t1 = fractions[0]
  const a1 = alphaSpent(t1, alpha, spending)
  // beyond z = 37 nothing is representable: a boundary that cannot be crossed
  const c1 = a1 > 1e-300 ? Math.min(MAX_Z, normalUpperQuantile(a1 / 2)) : MAX_Z
  bounds.push(c1)
  let half = c1 * Math.sqrt(t1)
  let grid = new Float64Array(m)
  let dens = new Float64Array(m)
  const fill = (h: number) => {
    for (let i = 0; i < m; i++) grid[i] = -h + (2 * h * i) / (m - 1)
  }
  fill(half)
  for (let i = 0; i < m; i++) dens[i] = Math.exp(-(grid[i] * grid[i]) / (2 * t1)) / Math.sqrt(2 * Math.PI * t1)
  const weights = new Float64Array(m)
  for (let k = 1; k < fractions.length; k++) {
    const tk = fractions[k]
    const sd = Math.sqrt(tk - fractions[k - 1])
    const h = (2 * half) / (m - 1)
    for (let i = 0; i < m; i++) weights[i] = ((i === 0 || i === m - 1 ? 1 : i % 2 ? 4 : 2) * h) / 3
    const target = alphaSpent(tk, alpha, spending) - alphaSpent(fractions[k - 1], alpha, spending)
    const cross = (c: number) => {
      const b = c * Math.sqrt(tk)
      let p = 0
      for (let i = 0; i < m; i++) p += weights[i] * dens[i] * (normalCdf((-b - grid[i]) / sd) + normalCdf((grid[i] - b) / sd))
      return p
    }
    let lo = 0
    let hi = MAX_Z
    for (let it = 0; it < 50; it++) {
      const mid = (lo + hi) / 2
      if (cross(mid) > target) lo = mid
      else hi = mid
    }
    const ck = (lo + hi) / 2
    bounds.push(ck)
    // density of S_k on its continuation interval
    const newHalf = ck * Math.sqrt(tk)
    const newGrid = new Float64Array(m)
    for (let j = 0; j < m; j++) newGrid[j] = -newHalf + (2 * newHalf * j) / (m - 1)
    const newDens = new Float64Array(m)
    const norm = 1 / (sd * Math.sqrt(2 * Math.PI))
    for (let j = 0; j < m; j++) {
      let s = 0
      for (let i = 0; i < m; i++) {
        const z = (newGrid[j] - grid[i]) / sd
        s += weights[i] * dens[i] * Math.exp(-0.5 * z * z)
      }
      newDens[j] = s * norm
    }
    grid = newGrid
    dens = newDens
    half = newHalf
  }
  return bounds
}

export type GroupSequentialLook = { look: number; fraction: number; z: number; bound: number; stop: boolean }

/** Applies the boundaries to looks {diff, se, fraction}; `stop` stays true from the first crossing on. */
export function groupSequentialTest(looks: { diff: number; se: number; fraction: number }[], options: GroupSequentialOptions = {}): GroupSequentialLook[] {
  const bounds = groupSequentialBounds(looks.map((l) => l.fraction), options)
  let stopped = false
  return looks.map((l, k) => {
    const z = l.se > 0 ? l.diff / l.se : 0
    stopped = stopped || Math.abs(z) >= bounds[k]
    return { look: k + 1, fraction: l.fraction, z, bound: bounds[k], stop: stopped }
  })
}
