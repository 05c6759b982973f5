/** Special functions for the probability models (BG/NBD, Gamma-Gamma). */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
]

/** ln Γ(x) for x > 0 (Lanczos, g = 7: about 15 significant digits). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x)
  const z = x - 1
  let a = LANCZOS[0]
  const t = z + 7.5
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i)
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a)
}

/** ln B(a, b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b)
}

/**
 * Gauss hypergeometric 2F1(a, b; c; z) by its power series, for 0 <= z < 1 (the only range the BG/NBD
 * conditional expectation needs). Stops when a term no longer changes the sum.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (z < 0 || z >= 1) throw new RangeError(`hyp2f1 needs 0 <= z < 1, got ${z}`)
  let term = 1
  let sum = 1
  for (let n = 0; n < 100_000; n++) {
    term *= ((a + n) * (b + n)) / ((c + n) * (n + 1)) * z
    sum += term
    if (Math.abs(term) <= 1e-15 * Math.abs(sum)) break
  }
  return sum
}

/** ln(e^x + e^y) without overflow. */
export function logAddExp(x: number, y: number): number {
  const m = Math.max(x, y)
  if (m === -Infinity) return -Infinity
  return m + Math.log(Math.exp(x - m) + Math.exp(y - m))
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z))
}

export function logit(p: number): number {
  const q = Math.min(1 - 1e-12, Math.max(1e-12, p))
  return Math.log(q / (1 - q))
}
