/**
 * The one rounding rule of the plugin: amounts of money are integer minor units; an estimate (a mean, an
 * incremental total, an attributed share) is rounded to a whole minor unit only where it is reported as money,
 * half toward +∞ (Math.round). Per-customer means and rates stay unrounded numbers.
 */
export function roundMinor(x: number): number {
  return Number.isFinite(x) ? Math.round(x) : x
}

/**
 * Splits an integer amount into integer parts proportional to `weights` that add up to the amount exactly
 * (largest remainder, ties to the earlier part), so attributed revenue sums back to the order total.
 */
export function allocateMinor(amount: number, weights: ArrayLike<number>): number[] {
  const n = weights.length
  if (n === 0) return []
  let total = 0
  for (let i = 0; i < n; i++) total += weights[i]
  if (!(total > 0)) throw new RangeError("allocateMinor needs positive weights")
  const out = new Array<number>(n)
  const rem: { i: number; r: number }[] = []
  let given = 0
  for (let i = 0; i < n; i++) {
    const exact = (amount * weights[i]) / total
    const part = Math.floor(exact)
    out[i] = part
    given += part
    rem.push({ i, r: exact - part })
  }
  rem.sort((x, y) => y.r - x.r || x.i - y.i)
  for (let k = 0; k < amount - given; k++) out[rem[k % n].i]++
  return out
}
