import { z } from "@medusajs/framework/zod"
import { normaliseQuery } from "../../selection/assortment-gaps"
import { PASS, QualityProduct, QualityRule } from "../rule-types"

type Args = { minSearches: number }

/** Words of a product's title, description, tags, in the normalised form search queries take. */
export function productWords(p: QualityProduct): Set<string> {
  const text = [p.title ?? "", (p.description ?? "").replace(/<[^>]*>/g, " "), ...(p.tags ?? [])].join(" ")
  return new Set(normaliseQuery(text).split(" ").filter(Boolean))
}

/** One-letter slack so "cushions" finds "cushion" and "colour" finds "color": a match when the edit distance ≤ 1. */
function near(a: string, b: string): boolean {
  if (a === b) return true
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 4) return false
  let i = 0
  let j = 0
  let edits = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) (i++, j++)
    else {
      if (++edits > 1) return false
      if (a.length > b.length) i++
      else if (b.length > a.length) j++
      else (i++, j++)
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1
}

/**
 * Searches that return nothing although this product fits them: every word of the query is (nearly) a word of
 * the product but not all of them literally, so the search engine misses it. The fix names the words to add.
 */
export const searchFindabilityRule: QualityRule<Args> = {
  code: "search_zero_results",
  label: "Found by the searches shoppers make",
  argsSchema: z.object({ minSearches: z.number().int().min(1) }).strict() as unknown as z.ZodType<Args>,
  defaults: { minSearches: 3 },
  weight: 2,
  evaluate(p, args, ctx) {
    const queries = (ctx.zeroResultQueries ?? []).filter((q) => q.searches >= args.minSearches)
    if (!queries.length) return PASS
    const words = [...productWords(p)]
    const hits: { query: string; add: string[]; searches: number }[] = []
    for (const q of queries) {
      const terms = normaliseQuery(q.query).split(" ").filter(Boolean)
      if (!terms.length) continue
      const add: string[] = []
      let all = true
      for (const t of terms) {
        if (words.includes(t)) continue
        if (words.some((w) => near(w, t))) add.push(t)
        else {
          all = false
          break
        }
      }
      if (all && add.length) hits.push({ query: q.query, add, searches: q.searches })
    }
    if (!hits.length) return PASS
    hits.sort((a, b) => b.searches - a.searches)
    const missed = hits.reduce((s, h) => s + h.searches, 0)
    return {
      score: Math.max(0, 1 - Math.min(1, missed / 50)),
      message: `missed by ${hits.length} search${hits.length === 1 ? "" : "es"} with no result: ${hits.slice(0, 3).map((h) => `"${h.query}" (${h.searches}×)`).join(", ")}`,
      fix: `add the words ${[...new Set(hits.flatMap((h) => h.add))].map((w) => `"${w}"`).join(", ")} to the title, tags or description`,
    }
  },
}
