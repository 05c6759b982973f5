/**
 * Solves A x = b for a symmetric positive-definite A (n × n, row-major) by Cholesky decomposition
 * (Golub & Van Loan, Matrix Computations, alg. 4.2.1). A tiny ridge is added when A is numerically singular
 * (a weekday with no data in an anomaly window, a feature that never varies), so callers always get an answer.
 */
export function solveSymmetric(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n)
  let scale = 0
  for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(a[i * n + i]))
  for (let jitter = 0; ; jitter = jitter ? jitter * 100 : 1e-12 * (scale || 1)) {
    let ok = true
    for (let i = 0; i < n && ok; i++) {
      for (let j = 0; j <= i; j++) {
        let s = a[i * n + j] + (i === j ? jitter : 0)
        for (let k = 0; k < j; k++) s -= l[i * n + k] * l[j * n + k]
        if (i === j) {
          if (!(s > 0)) ok = false
          else l[i * n + i] = Math.sqrt(s)
        } else l[i * n + j] = s / l[j * n + j]
      }
    }
    if (!ok) {
      if (jitter > 1e8 * (scale || 1)) throw new RangeError("matrix is not positive definite")
      continue
    }
    const y = new Float64Array(n)
    for (let i = 0; i < n; i++) {
      let s = b[i]
      for (let k = 0; k < i; k++) s -= l[i * n + k] * y[k]
      y[i] = s / l[i * n + i]
    }
    const x = new Float64Array(n)
    for (let i = n - 1; i >= 0; i--) {
      let s = y[i]
      for (let k = i + 1; k < n; k++) s -= l[k * n + i] * x[k]
      x[i] = s / l[i * n + i]
    }
    return x
  }
}
