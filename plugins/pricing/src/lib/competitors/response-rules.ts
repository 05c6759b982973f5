import { z } from "@medusajs/framework/zod"
import { formatMinor } from "../money/rounding"
import { freshQuotes, type CompetitorQuote, type ResponseDirective } from "../strategies/types"

/**
 * A response rule: "when competitor X undercuts us by more than 5 % on category Y, match (or beat by z %),
 * down to the floor". Empty competitorId / categoryId / productId mean "any". A triggered rule feeds the
 * competitive strategy of the variant (strategies/competitive.ts); variants on another strategy are not moved by it.
 */
export const responseRuleSchema = z
  .object({
    id: z.string().min(1),
    competitorId: z.string().min(1).nullish(),
    categoryId: z.string().min(1).nullish(),
    productId: z.string().min(1).nullish(),
    /** trigger: a fresh in-stock competitor price more than this far below ours, in percent */
    undercutPct: z.number().min(0).max(90),
    action: z.enum(["match", "beat"]),
    beatPct: z.number().min(0).max(50).default(0),
    /** true ("down to the floor"): stop at the floor; false: propose the target and let the floor block it */
    stopAtFloor: z.boolean().default(true),
    maxAgeDays: z.number().positive().default(3),
  })
  .strict()
export type ResponseRule = z.infer<typeof responseRuleSchema>

export type ResponseTarget = {
  now: number
  currency: string
  productId: string
  categoryIds?: readonly string[] | null
  price: number
  competitors: readonly CompetitorQuote[]
}

/** product rule 4, category rule 2, store-wide 0; naming the competitor adds 1. */
function specificity(r: ResponseRule): number {
  return (r.productId ? 4 : r.categoryId ? 2 : 0) + (r.competitorId ? 1 : 0)
}

/**
 * The directive of the most specific triggered rule (ties: the lowest rule id), following the lowest undercutting
 * competitor price it covers; null when no rule fires.
 */
export function resolveResponse(rules: readonly ResponseRule[], t: ResponseTarget): ResponseDirective | null {
  let best: { rule: ResponseRule; quote: CompetitorQuote } | null = null
  for (const r of rules) {
    if (r.productId && r.productId !== t.productId) continue
    if (r.categoryId && !(t.categoryIds ?? []).includes(r.categoryId)) continue
    const limit = t.price * (1 - r.undercutPct / 100)
    let quote: CompetitorQuote | null = null
    for (const q of freshQuotes(t.competitors, t.now, r.maxAgeDays)) {
      if (r.competitorId && q.competitorId !== r.competitorId) continue
      if (q.price < limit && (!quote || q.price < quote.price)) quote = q
    }
    if (!quote) continue
    if (
      !best ||
      specificity(r) > specificity(best.rule) ||
      (specificity(r) === specificity(best.rule) && r.id < best.rule.id)
    ) {
      best = { rule: r, quote }
    }
  }
  if (!best) return null
  const { rule, quote } = best
  const gap = Math.round(((t.price - quote.price) / t.price) * 1000) / 10
  const target = rule.action === "match" ? quote.price : quote.price * (1 - rule.beatPct / 100)
  const act = rule.action === "match" ? "match it" : `beat it by ${rule.beatPct} %`
  return {
    ruleId: rule.id,
    competitorId: quote.competitorId,
    competitorPrice: quote.price,
    targetPrice: target,
    stopAtFloor: rule.stopAtFloor,
    reason: `response rule ${rule.id}: ${quote.competitorId} at ${formatMinor(quote.price, t.currency)} undercuts by ${gap} % (> ${rule.undercutPct} %), ${act}${rule.stopAtFloor ? " down to the floor" : ""}`,
  }
}
