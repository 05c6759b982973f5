import { firstSale } from "./demand-series"

/**
 * Demand pattern classes of Syntetos, Boylan & Croston (2005, JORS 56:495–503): ADI (average inter-demand interval,
 * periods per period-with-demand) against CV² of the non-zero sizes, cut at 1.32 and 0.49.
 * - smooth (ADI < 1.32, CV² < 0.49), erratic (ADI < 1.32, CV² ≥ 0.49),
 * - intermittent (ADI ≥ 1.32, CV² < 0.49), lumpy (ADI ≥ 1.32, CV² ≥ 0.49);
 * plus "new" (fewer than `minPeriods` periods since the first sale) and "inactive" (no sale in the window).
 */
export type DemandClass = "smooth" | "erratic" | "intermittent" | "lumpy" | "new" | "inactive"

export type DemandClassStats = { cls: DemandClass; adi: number; cv2: number; nonZero: number; periods: number }

export const ADI_CUT = 1.32
export const CV2_CUT = 0.49

export function classifyDemand(
  units: ArrayLike<number>,
  options: { end?: number; window?: number; minPeriods?: number; missing?: ArrayLike<number> } = {}
): DemandClassStats {
  const end = options.end ?? units.length
  const window = options.window ?? 52
  const minPeriods = options.minPeriods ?? 8
  const first = firstSale(units, end)
  const from = Math.max(first, end - window)
  let periods = 0
  let nonZero = 0
  let s = 0
  let s2 = 0
  for (let t = from; t < end; t++) {
    if (options.missing && options.missing[t]) continue
    periods++
    const v = units[t]
    if (v > 0) {
      nonZero++
      s += v
      s2 += v * v
    }
  }
  if (nonZero === 0) return { cls: "inactive", adi: Infinity, cv2: NaN, nonZero, periods }
  const adi = periods / nonZero
  const m = s / nonZero
  const cv2 = nonZero > 1 ? (s2 / nonZero - m * m) / (m * m) : 0
  if (end - first < minPeriods) return { cls: "new", adi, cv2, nonZero, periods }
  const cls: DemandClass = adi < ADI_CUT ? (cv2 < CV2_CUT ? "smooth" : "erratic") : cv2 < CV2_CUT ? "intermittent" : "lumpy"
  return { cls, adi, cv2, nonZero, periods }
}
