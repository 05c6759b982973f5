import { Bm25Index } from "./bm25-index"

export type ReplySuggestion = {
  /** The saved reply to offer; null for a free-text answer (then show the reply of `caseIds[0]`). */
  replyKey: string | null
  /** Sum of the BM25 scores of the similar cases that ended with this reply. */
  score: number
  /** How many of the similar cases it resolved. */
  support: number
  /** The most similar of those cases, best first (at most 3). */
  caseIds: string[]
}

export type SuggestOptions = {
  /** Similar resolved cases to look at (default 20). */
  neighbours?: number
  /** Suggestions to return (default 3). */
  limit?: number
  exclude?: ReadonlySet<string>
}

/**
 * Suggested replies for a new message: the resolved cases most similar to it by BM25, grouped by the reply that
 * resolved them, so a saved reply that closed many similar cases ranks above a one-off (scores add up). Free-text
 * answers stay one suggestion per case.
 */
export function suggestReplies(index: Bm25Index, text: string, options: SuggestOptions = {}): ReplySuggestion[] {
  const hits = index.search(text, { limit: options.neighbours ?? 20, exclude: options.exclude })
  const groups = new Map<string, ReplySuggestion>()
  for (const h of hits) {
    const key = h.replyKey !== null ? `r:${h.replyKey}` : `c:${h.id}`
    let g = groups.get(key)
    if (!g) groups.set(key, (g = { replyKey: h.replyKey, score: 0, support: 0, caseIds: [] }))
    g.score += h.score
    g.support++
    if (g.caseIds.length < 3) g.caseIds.push(h.id)
  }
  return [...groups.values()].sort((a, b) => b.score - a.score).slice(0, options.limit ?? 3)
}
