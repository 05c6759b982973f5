/** Column means and standard deviations of a row-major n × d matrix; a constant column gets sd 1 (left as is). */
export type Standardizer = { means: number[]; sds: number[] }

export function fitStandardizer(x: Float64Array, n: number, d: number): Standardizer {
  const means = new Array<number>(d).fill(0)
  const sds = new Array<number>(d).fill(0)
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) means[j] += x[i * d + j]
  for (let j = 0; j < d; j++) means[j] /= n || 1
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) sds[j] += (x[i * d + j] - means[j]) ** 2
  for (let j = 0; j < d; j++) {
    const sd = Math.sqrt(sds[j] / (n || 1))
    sds[j] = sd > 1e-12 ? sd : 1
  }
  return { means, sds }
}

export function standardizeRow(s: Standardizer, row: ArrayLike<number>, out = new Float64Array(row.length)): Float64Array {
  for (let j = 0; j < row.length; j++) out[j] = (row[j] - s.means[j]) / s.sds[j]
  return out
}

export function standardizeMatrix(s: Standardizer, x: Float64Array, n: number, d: number): Float64Array {
  const out = new Float64Array(n * d)
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) out[i * d + j] = (x[i * d + j] - s.means[j]) / s.sds[j]
  return out
}
