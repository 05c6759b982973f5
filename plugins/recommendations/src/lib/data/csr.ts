/**
 * Compressed sparse row matrices (users × items). A 4,000 × 4,000 dense matrix of interactions would be 99.7 % zeros;
 * CSR keeps only the non-zeros and gives each row as two contiguous slices.
 */
export type Csr = {
  rows: number
  cols: number
  /** Row r's entries are at positions indptr[r] .. indptr[r + 1] - 1 of `indices` and `values`. */
  indptr: Int32Array
  /** Column indices, ascending within each row. */
  indices: Int32Array
  values: Float64Array
}

/** How duplicate (row, col) entries combine: a count sums, a binary or "strongest signal" matrix takes the max. */
export type Combine = "sum" | "max"

/** Builds a CSR matrix from (row, col, value) triplets; duplicates are combined, zero results are kept. */
export function csrFromTriplets(
  rows: number,
  cols: number,
  rowIdx: ArrayLike<number>,
  colIdx: ArrayLike<number>,
  vals: ArrayLike<number>,
  combine: Combine = "sum"
): Csr {
  const n = rowIdx.length
  if (colIdx.length !== n || vals.length !== n) throw new Error("triplet arrays differ in length")
  // counting sort by row, then sort each row by column and merge duplicates
  const count = new Int32Array(rows + 1)
  for (let t = 0; t < n; t++) {
    const r = rowIdx[t]
    if (r < 0 || r >= rows || colIdx[t] < 0 || colIdx[t] >= cols) throw new RangeError(`entry (${r}, ${colIdx[t]}) out of range`)
    count[r + 1]++
  }
  for (let r = 0; r < rows; r++) count[r + 1] += count[r]
  const order = new Int32Array(n)
  const fill = count.slice(0, rows)
  for (let t = 0; t < n; t++) order[fill[rowIdx[t]]++] = t
  const indptr = new Int32Array(rows + 1)
  const indices: number[] = []
  const values: number[] = []
  for (let r = 0; r < rows; r++) {
    const seg = Array.from(order.subarray(count[r], count[r + 1])).sort((a, b) => colIdx[a] - colIdx[b] || a - b)
    let last = -1
    for (const t of seg) {
      const c = colIdx[t]
      if (c === last) {
        const k = values.length - 1
        values[k] = combine === "sum" ? values[k] + vals[t] : Math.max(values[k], vals[t])
      } else {
        indices.push(c)
        values.push(vals[t])
        last = c
      }
    }
    indptr[r + 1] = indices.length
  }
  return { rows, cols, indptr, indices: Int32Array.from(indices), values: Float64Array.from(values) }
}

/** Row r as views (no copy). */
export function csrRow(m: Csr, r: number): { indices: Int32Array; values: Float64Array } {
  return { indices: m.indices.subarray(m.indptr[r], m.indptr[r + 1]), values: m.values.subarray(m.indptr[r], m.indptr[r + 1]) }
}

/** The value at (r, c), 0 when absent (binary search within the row). */
export function csrGet(m: Csr, r: number, c: number): number {
  let lo = m.indptr[r]
  let hi = m.indptr[r + 1] - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const x = m.indices[mid]
    if (x === c) return m.values[mid]
    if (x < c) lo = mid + 1
    else hi = mid - 1
  }
  return 0
}

export function transposeCsr(m: Csr): Csr {
  const nnz = m.indices.length
  const indptr = new Int32Array(m.cols + 1)
  for (let t = 0; t < nnz; t++) indptr[m.indices[t] + 1]++
  for (let c = 0; c < m.cols; c++) indptr[c + 1] += indptr[c]
  const fill = indptr.slice(0, m.cols)
  const indices = new Int32Array(nnz)
  const values = new Float64Array(nnz)
  for (let r = 0; r < m.rows; r++) {
    for (let t = m.indptr[r]; t < m.indptr[r + 1]; t++) {
      const p = fill[m.indices[t]]++
      indices[p] = r
      values[p] = m.values[t]
    }
  }
  return { rows: m.cols, cols: m.rows, indptr, indices, values }
}

/** Applies f to every stored value (e.g. binarise, log-scale), returning a new matrix with the same pattern. */
export function mapCsrValues(m: Csr, f: (value: number, row: number, col: number) => number): Csr {
  const values = new Float64Array(m.values.length)
  for (let r = 0; r < m.rows; r++) {
    for (let t = m.indptr[r]; t < m.indptr[r + 1]; t++) values[t] = f(m.values[t], r, m.indices[t])
  }
  return { ...m, indptr: m.indptr, indices: m.indices, values }
}

/** Dense Gram matrix XᵀX (cols × cols, row-major), the input of EASE and of item-item cosine. */
export function gramMatrix(m: Csr): Float64Array {
  const n = m.cols
  const g = new Float64Array(n * n)
  for (let r = 0; r < m.rows; r++) {
    const a = m.indptr[r]
    const b = m.indptr[r + 1]
    for (let s = a; s < b; s++) {
      const i = m.indices[s]
      const vi = m.values[s]
      const row = i * n
      for (let t = a; t < b; t++) g[row + m.indices[t]] += vi * m.values[t]
    }
  }
  return g
}
