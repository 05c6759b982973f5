/** 1 / Φ⁻¹(3/4): makes the median absolute deviation a consistent estimate of σ for normal data. */
export const MAD_TO_SIGMA = 1.482602218505602

/** Median of the finite values (NaN when there are none). Copies, so the input is left as it was. */
export function median(values: ArrayLike<number>): number {
  const a: number[] = []
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) a.push(values[i])
  return medianInPlace(a)
}

/** Median that reorders `a` (quickselect); `a` must hold finite values only. */
export function medianInPlace(a: number[] | Float64Array): number {
  const n = a.length
  if (n === 0) return NaN
  const hi = select(a, n >> 1)
  if (n % 2 === 1) return hi
  // the lower middle is the largest value left of position n/2 after the select
  let lo = -Infinity
  for (let i = 0; i < n >> 1; i++) if (a[i] > lo) lo = a[i]
  return (lo + hi) / 2
}

/** Hoare's quickselect: the k-th smallest (0-based), partially ordering `a` around it. */
function select(a: number[] | Float64Array, k: number): number {
  let left = 0
  let right = a.length - 1
  while (right > left) {
    // median of three keeps sorted runs (a series with a trend) from degrading to O(n²)
    const mid = (left + right) >> 1
    const x = a[left]
    const y = a[mid]
    const z = a[right]
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y
    let i = left
    let j = right
    while (i <= j) {
      while (a[i] < pivot) i++
      while (a[j] > pivot) j--
      if (i <= j) {
        const t = a[i]
        a[i] = a[j]
        a[j] = t
        i++
        j--
      }
    }
    if (k <= j) right = j
    else if (k >= i) left = i
    else return a[k]
  }
  return a[k]
}

/** Median absolute deviation around `center` (raw, not scaled to σ). */
export function mad(values: ArrayLike<number>, center = median(values)): number {
  const d: number[] = []
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) d.push(Math.abs(values[i] - center))
  return medianInPlace(d)
}

/** Robust z-score of x against a median and a MAD, with a floor on the scale (σ units). */
export function robustZ(x: number, center: number, rawMad: number, minScale: number): number {
  const scale = Math.max(rawMad * MAD_TO_SIGMA, minScale)
  return (x - center) / scale
}

/** Quantile by linear interpolation between order statistics (type 7, the R and numpy default). */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length
  if (n === 0) return NaN
  const h = (n - 1) * Math.min(1, Math.max(0, p))
  const lo = Math.floor(h)
  const hi = Math.min(n - 1, lo + 1)
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo])
}

/** Pearson correlation of paired finite values (NaN pairs skipped); NaN below 3 pairs or a constant side. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let n = 0
  let sx = 0
  let sy = 0
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) continue
    n++
    sx += x[i]
    sy += y[i]
  }
  if (n < 3) return NaN
  const mx = sx / n
  const my = sy / n
  let cxy = 0
  let cxx = 0
  let cyy = 0
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) continue
    const dx = x[i] - mx
    const dy = y[i] - my
    cxy += dx * dy
    cxx += dx * dx
    cyy += dy * dy
  }
  if (cxx === 0 || cyy === 0) return NaN
  return cxy / Math.sqrt(cxx * cyy)
}
