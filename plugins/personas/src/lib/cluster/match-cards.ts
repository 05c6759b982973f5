import { hungarian } from "./hungarian"
import type { PersonaCard } from "./persona-cards"

/** What a recompute keeps of each card to match the next run against. */
export type StoredCard = { id: string; name: string; centroid: number[] }

export type MatchOptions = {
  /** Per-feature scale for distances (this run's standard deviations); 0 entries are ignored. */
  scale: number[]
  /** Farther than this (standard deviations, Euclidean over all features; default 1.5) and a cluster counts as new. */
  threshold?: number
  idPrefix?: string
}

export type MatchedCard = PersonaCard & {
  /** The previous card this one continues, or null for a new persona. */
  previousId: string | null
  /** Scaled distance to the previous centre (null when new). */
  drift: number | null
}

/**
 * Carries ids and names over from the previous run so cards do not shuffle between recomputes: an optimal
 * one-to-one assignment (Hungarian) on scaled centroid distance; pairs farther than `threshold` are not
 * matched. New clusters get the next free id (`<prefix><n>`) and keep their generated name, numbered if it
 * clashes with a name carried over. Previous cards left unmatched are retired (not returned).
 */
export function matchCards(previous: readonly StoredCard[], current: readonly PersonaCard[], options: MatchOptions): MatchedCard[] {
  const { scale, threshold = 1.5, idPrefix = "persona-" } = options
  const distance = (a: number[], b: number[]) => {
    let s = 0
    for (let j = 0; j < a.length; j++) if (scale[j] > 0) s += ((a[j] - b[j]) / scale[j]) ** 2
    return Math.sqrt(s)
  }
  const cost = current.map((c) => previous.map((p) => distance(c.centroid, p.centroid)))
  const assignment = previous.length && current.length ? hungarian(cost) : current.map(() => -1)
  let nextNumber = 1
  for (const p of previous) {
    const m = p.id.startsWith(idPrefix) ? Number(p.id.slice(idPrefix.length)) : NaN
    if (Number.isInteger(m) && m >= nextNumber) nextNumber = m + 1
  }
  const keptNames = new Set<string>()
  const result: MatchedCard[] = current.map((card, i) => {
    const j = assignment[i]
    if (j >= 0 && cost[i][j] <= threshold) {
      keptNames.add(previous[j].name)
      return { ...card, id: previous[j].id, name: previous[j].name, previousId: previous[j].id, drift: cost[i][j] }
    }
    return { ...card, previousId: null, drift: null }
  })
  // new personas: ids in cluster order (deterministic), names de-duplicated against the kept ones
  const taken = new Set(keptNames)
  for (const card of result) {
    if (card.previousId !== null) continue
    card.id = `${idPrefix}${nextNumber++}`
    let name = card.name
    for (let k = 2; taken.has(name); k++) name = `${card.name} ${k}`
    card.name = name
    taken.add(name)
  }
  return result
}

/** The part of a card to store for the next run's matching. */
export function storeCards(cards: readonly PersonaCard[]): StoredCard[] {
  return cards.map((c) => ({ id: c.id, name: c.name, centroid: c.centroid }))
}
