import { normalizeText } from "../replies/tokenizer"

/**
 * Words in a first message that make a case start one priority higher (lib initialPriority's urgentWordFound):
 * safety, legal and money-at-risk words, the ones helpdesks route to a senior agent. Matched on whole words of the
 * normalised text, so "fire" does not match "fireplace".
 */
export const DEFAULT_URGENT_WORDS = ["dangerous", "danger", "fire", "smoke", "burn", "burned", "shock", "injured", "injury", "lawyer", "chargeback", "fraud", "stolen", "urgent"]

export function findUrgentWord(text: string, words: readonly string[] = DEFAULT_URGENT_WORDS): string | null {
  const tokens = new Set(normalizeText(text).split(/[^a-z0-9]+/).filter(Boolean))
  for (const w of words) if (tokens.has(w)) return w
  return null
}
