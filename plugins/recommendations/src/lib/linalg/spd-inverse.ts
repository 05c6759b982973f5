/**
 * Inverse of a symmetric positive-definite matrix, hand-written on Float64Array.
 *
 * Why not ml-matrix: EASE needs the inverse of a ~3,700 × 3,700 Gram matrix. ml-matrix stores rows as arrays of
 * arrays and its inverse is a plain LU; on these machines it takes minutes at that size and several GB. This file does
 * Cholesky (A = L·Lᵀ), then Z = L⁻ᵀ, then A⁻¹ = Z·Zᵀ, each step tiled so the working set stays in cache: about n³/2
 * multiply-adds in total. ml-matrix's `inverse` stays the oracle in the unit tests (small matrices).
 *
 * All matrices are dense, row-major, n × n.
 */

/** Tile edge: measured 64/96/128 at n = 2,000; 128 was fastest here (2.3 s vs 2.8 s). */
const TILE = 128
/** Length of the inner-product chunk, so that the row panels of a tile pair (2 × 128 × 256 × 8 B = 512 KB) stay in L2. */
const K_CHUNK = 256

/**
 * C[i][j] -= Σ_{k0 ≤ k < k1} A[i][k] · B[j][k] for i in [i0, i1), j in [j0, j1), optionally only j ≤ i (entries just
 * above the diagonal may be touched too: callers treat the strict upper triangle as scratch).
 * The only hot loop of the file: 4 × 2 register blocking (8 accumulators, 6 loads per 8 multiply-adds).
 */
function subtractProductNT(
  C: Float64Array,
  A: Float64Array,
  B: Float64Array,
  n: number,
  i0: number,
  i1: number,
  j0: number,
  j1: number,
  k0: number,
  k1: number,
  lowerOnly: boolean
): void {
  let i = i0
  for (; i + 3 < i1; i += 4) {
    const a0 = i * n
    const a1 = a0 + n
    const a2 = a1 + n
    const a3 = a2 + n
    const jEnd = lowerOnly ? Math.min(j1, i + 4) : j1
    let j = j0
    for (; j + 1 < jEnd; j += 2) {
      const b0 = j * n
      const b1 = b0 + n
      let s00 = 0
      let s01 = 0
      let s10 = 0
      let s11 = 0
      let s20 = 0
      let s21 = 0
      let s30 = 0
      let s31 = 0
      for (let k = k0; k < k1; k++) {
        const y0 = B[b0 + k]
        const y1 = B[b1 + k]
        const x0 = A[a0 + k]
        s00 += x0 * y0
        s01 += x0 * y1
        const x1 = A[a1 + k]
        s10 += x1 * y0
        s11 += x1 * y1
        const x2 = A[a2 + k]
        s20 += x2 * y0
        s21 += x2 * y1
        const x3 = A[a3 + k]
        s30 += x3 * y0
        s31 += x3 * y1
      }
      C[a0 + j] -= s00
      C[a0 + j + 1] -= s01
      C[a1 + j] -= s10
      C[a1 + j + 1] -= s11
      C[a2 + j] -= s20
      C[a2 + j + 1] -= s21
      C[a3 + j] -= s30
      C[a3 + j + 1] -= s31
    }
    if (j < jEnd) subtractScalar(C, A, B, n, i, i + 4, j, jEnd, k0, k1)
  }
  if (i < i1) {
    for (; i < i1; i++) subtractScalar(C, A, B, n, i, i + 1, j0, lowerOnly ? Math.min(j1, i + 1) : j1, k0, k1)
  }
}

function subtractScalar(
  C: Float64Array,
  A: Float64Array,
  B: Float64Array,
  n: number,
  i0: number,
  i1: number,
  j0: number,
  j1: number,
  k0: number,
  k1: number
): void {
  for (let i = i0; i < i1; i++) {
    const a = i * n
    for (let j = j0; j < j1; j++) {
      const b = j * n
      let s = 0
      for (let k = k0; k < k1; k++) s += A[a + k] * B[b + k]
      C[a + j] -= s
    }
  }
}

function subtractChunked(
  C: Float64Array,
  A: Float64Array,
  B: Float64Array,
  n: number,
  i0: number,
  i1: number,
  j0: number,
  j1: number,
  k0: number,
  k1: number,
  lowerOnly: boolean
): void {
  for (let k = k0; k < k1; k += K_CHUNK) {
    subtractProductNT(C, A, B, n, i0, i1, j0, j1, k, Math.min(k1, k + K_CHUNK), lowerOnly)
  }
}

/**
 * In-place Cholesky: on return the lower triangle of `a` (diagonal included) holds L with A = L·Lᵀ; the strict
 * upper triangle is scratch (partly overwritten). Throws when A is not positive definite.
 */
export function choleskyInPlace(a: Float64Array, n: number): void {
  if (a.length !== n * n) throw new Error(`expected ${n * n} entries, got ${a.length}`)
  for (let j0 = 0; j0 < n; j0 += TILE) {
    const j1 = Math.min(n, j0 + TILE)
    // left-looking: bring every tile of this block column up to date with the columns before it
    for (let i0 = j0; i0 < n; i0 += TILE) {
      const i1 = Math.min(n, i0 + TILE)
      subtractChunked(a, a, a, n, i0, i1, j0, j1, 0, j0, i0 === j0)
    }
    // factor the diagonal tile and solve the tiles below it (contributions from inside this block column)
    for (let j = j0; j < j1; j++) {
      const rj = j * n
      let d = a[rj + j]
      for (let k = j0; k < j; k++) d -= a[rj + k] * a[rj + k]
      if (!(d > 0)) throw new Error(`matrix is not positive definite (pivot ${j} = ${d})`)
      const ljj = Math.sqrt(d)
      a[rj + j] = ljj
      for (let i = j + 1; i < n; i++) {
        const ri = i * n
        let s = a[ri + j]
        for (let k = j0; k < j; k++) s -= a[ri + k] * a[rj + k]
        a[ri + j] = s / ljj
      }
    }
  }
}

/**
 * Given L (lower triangle of `l`), returns Z = L⁻ᵀ (upper triangular, row-major, zeros below the diagonal), solving
 * Z·Lᵀ = I row by row: Z[j][i] = (δ_ji − Σ_{j ≤ k < i} Z[j][k]·L[i][k]) / L[i][i].
 */
export function inverseTransposeOfLower(l: Float64Array, n: number): Float64Array {
  const z = new Float64Array(n * n)
  for (let j = 0; j < n; j++) z[j * n + j] = 1
  for (let i0 = 0; i0 < n; i0 += TILE) {
    const i1 = Math.min(n, i0 + TILE)
    // tiles Z[J][I] for J ≤ I: subtract Σ_{k < i0} Z[J][k]·L[I][k]ᵀ (Z[j][k] = 0 for k < j)
    for (let j0 = 0; j0 < i1; j0 += TILE) {
      const j1 = Math.min(n, j0 + TILE)
      subtractChunked(z, z, l, n, j0, j1, i0, i1, j0, i0, false)
    }
    // inside the tile column: forward substitution over i in [i0, i1)
    for (let i = i0; i < i1; i++) {
      const ri = i * n
      const lii = l[ri + i]
      for (let j = 0; j <= i; j++) {
        const rj = j * n
        let s = z[rj + i]
        for (let k = Math.max(i0, j); k < i; k++) s -= z[rj + k] * l[ri + k]
        z[rj + i] = s / lii
      }
    }
  }
  return z
}

/**
 * Returns A⁻¹ for a symmetric positive-definite A (row-major n × n). `a` is overwritten (it ends holding A⁻¹ too,
 * and that same array is returned, so a caller that no longer needs A saves n² doubles).
 */
export function spdInverseInPlace(a: Float64Array, n: number): Float64Array {
  choleskyInPlace(a, n)
  const z = inverseTransposeOfLower(a, n)
  // A⁻¹ = Z·Zᵀ; (Z·Zᵀ)[p][q] = Σ_{k ≥ max(p, q)} Z[p][k]·Z[q][k]. Compute the lower triangle into a, then mirror.
  a.fill(0)
  for (let p0 = 0; p0 < n; p0 += TILE) {
    const p1 = Math.min(n, p0 + TILE)
    for (let q0 = 0; q0 <= p0; q0 += TILE) {
      const q1 = Math.min(n, q0 + TILE)
      // subtract the negated product: fill with −Σ, flipped below
      subtractChunked(a, z, z, n, p0, p1, q0, q1, p0, n, p0 === q0)
    }
  }
  for (let p = 0; p < n; p++) {
    for (let q = 0; q <= p; q++) {
      const v = -a[p * n + q]
      a[p * n + q] = v
      a[q * n + p] = v
    }
  }
  return a
}
