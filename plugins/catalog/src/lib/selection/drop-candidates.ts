import { AbcXyzResult } from "./abc-xyz"
import { SlowMoverFlag } from "./slow-movers"

/**
 * Candidates to drop from the range, each with the reasons that put it there. A product qualifies when it is a
 * C item (a small share of revenue or margin) and at least one of: dead or slow stock, erratic demand (Z),
 * negative or thin margin, falling sales (the recent half of the window sells less than `declineRatio` of the
 * earlier half). A products are never proposed. The score orders the list: more reasons, more capital tied up,
 * thinner margin first.
 */
export type DropInput = {
  id: string
  classes: AbcXyzResult
  stock?: SlowMoverFlag
  revenueMinor: number
  marginMinor?: number | null
  /** units sold in the earlier and the recent half of the window */
  unitsEarlier?: number
  unitsRecent?: number
}

export type DropCandidate = { id: string; score: number; reasons: string[] }

export function dropCandidates(items: DropInput[], options: { minMarginRate?: number; declineRatio?: number } = {}): DropCandidate[] {
  const { minMarginRate = 0.1, declineRatio = 0.5 } = options
  const out: DropCandidate[] = []
  for (const it of items) {
    if (it.classes.abc !== "C") continue
    const reasons: string[] = [`C item: ${(100 * it.classes.share).toFixed(2)} % of ${it.marginMinor != null ? "value" : "revenue"}`]
    let score = 1
    if (it.stock?.status === "dead" || it.stock?.status === "slow") {
      reasons.push(`${it.stock.status} stock: ${it.stock.reasons.join("; ")}`)
      score += it.stock.status === "dead" ? 3 : 2
      score += Math.log10(1 + it.stock.stockValueMinor / 100) / 2
    }
    if (it.classes.xyz === "Z") {
      // no demand at all is Z too (CV undefined), but it is not erratic: say what it is
      reasons.push(Number.isFinite(it.classes.cv) ? `erratic demand (CV ${it.classes.cv.toFixed(2)})` : "no demand in the window")
      score += 1
    }
    if (it.marginMinor != null && it.revenueMinor > 0) {
      const rate = it.marginMinor / it.revenueMinor
      if (rate < minMarginRate) {
        reasons.push(rate < 0 ? `sold at a loss (margin ${(100 * rate).toFixed(1)} %)` : `thin margin (${(100 * rate).toFixed(1)} %)`)
        score += rate < 0 ? 2 : 1
      }
    }
    if (it.unitsEarlier !== undefined && it.unitsRecent !== undefined && it.unitsEarlier > 0 && it.unitsRecent < declineRatio * it.unitsEarlier) {
      reasons.push(`sales falling: ${it.unitsRecent} units recently vs ${it.unitsEarlier} before`)
      score += 1
    }
    if (reasons.length > 1) out.push({ id: it.id, score: Math.round(score * 100) / 100, reasons })
  }
  return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
}
