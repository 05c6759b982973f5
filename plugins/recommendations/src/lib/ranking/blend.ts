import { ScoredItem } from "../util/top-k"
import { normaliseScores, Normalisation } from "./normalise"

/** Score sources the blender knows; each is a ScoredItem list produced by one model for one request. */
export type SourceKey =
  | "boughtTogether" // association rules
  | "similar" // item–item co-purchase / co-view similarity
  | "content" // TF-IDF content similarity
  | "collaborative" // EASE for the user
  | "forYou" // the personal ranker (EASE + history + trending)
  | "buyAgain"
  | "trending"
  | "segment" // popularity in the user's segment

/** Where a recommendation is shown; each placement has its own recipe. */
export type Placement =
  | "product_similar"
  | "product_bought_together"
  | "cart_complete"
  | "for_you"
  | "buy_again"
  | "trending"
  | "post_purchase"
  | "email"

export type PlacementRecipe = {
  /** Weighted sum of max-normalised source scores. */
  weights: Partial<Record<SourceKey, number>>
  /** When the weighted sources give fewer than k items (new store, new product, anonymous user), these fill the
   *  remaining slots in order, always ranked below every blended item. */
  fallbacks: SourceKey[]
  normalisation?: Normalisation
}

/**
 * Default recipes. Relevance-first: the strongest source for the placement gets weight 1, supporting sources less;
 * trending is the last fallback everywhere, so a brand-new store with no orders still fills every placement once it
 * has any sales (and content similarity fills product pages even before that).
 */
export const DEFAULT_RECIPES: Readonly<Record<Placement, PlacementRecipe>> = {
  product_similar: { weights: { similar: 1, content: 0.5 }, fallbacks: ["content", "segment", "trending"] },
  product_bought_together: { weights: { boughtTogether: 1, similar: 0.3 }, fallbacks: ["similar", "content", "trending"] },
  cart_complete: { weights: { boughtTogether: 1, similar: 0.4, collaborative: 0.3 }, fallbacks: ["similar", "trending"] },
  for_you: { weights: { forYou: 1, segment: 0.1 }, fallbacks: ["collaborative", "segment", "trending"] },
  buy_again: { weights: { buyAgain: 1 }, fallbacks: [] },
  trending: { weights: { trending: 1, segment: 0.3 }, fallbacks: [] },
  post_purchase: { weights: { boughtTogether: 1, collaborative: 0.5, buyAgain: 0.2 }, fallbacks: ["similar", "segment", "trending"] },
  email: { weights: { forYou: 1, buyAgain: 0.5, trending: 0.2 }, fallbacks: ["segment", "trending"] },
}

export type BlendedItem = ScoredItem & {
  /** Sources that contributed, for explanations ("because you bought…") and attribution reports. */
  sources: SourceKey[]
  /** True when the item came from a fallback source. */
  fallback: boolean
}

/**
 * Blends per-model lists for one placement into one list of at most k items, best first. Items in `exclude` never
 * appear (apply business exclusions here or before). Pure and deterministic: ties break on item id.
 */
export function blend(
  recipe: PlacementRecipe,
  sources: Partial<Record<SourceKey, readonly ScoredItem[]>>,
  k: number,
  exclude: ReadonlySet<string> = new Set()
): BlendedItem[] {
  const method = recipe.normalisation ?? "max"
  const acc = new Map<string, { score: number; sources: SourceKey[] }>()
  for (const key of Object.keys(recipe.weights).sort() as SourceKey[]) {
    const w = recipe.weights[key] ?? 0
    const list = sources[key]
    if (!(w > 0) || !list) continue
    for (const x of normaliseScores(list.filter((y) => y.score > 0 && !exclude.has(y.itemId)), method)) {
      const a = acc.get(x.itemId) ?? { score: 0, sources: [] }
      a.score += w * x.score
      a.sources.push(key)
      acc.set(x.itemId, a)
    }
  }
  const out: BlendedItem[] = [...acc]
    .map(([itemId, a]) => ({ itemId, score: a.score, sources: a.sources, fallback: false }))
    .sort((a, b) => b.score - a.score || (a.itemId < b.itemId ? -1 : 1))
    .slice(0, k)
  if (out.length >= k) return out
  // fallbacks: scaled into (0, floor) so they always rank after the blended items, in recipe order
  const taken = new Set(out.map((x) => x.itemId))
  let floor = out.length ? out[out.length - 1].score : 1
  for (const key of recipe.fallbacks) {
    const list = sources[key]
    if (!list || out.length >= k) continue
    const fresh = normaliseScores(list.filter((y) => y.score > 0 && !exclude.has(y.itemId) && !taken.has(y.itemId)), method)
      .sort((a, b) => b.score - a.score || (a.itemId < b.itemId ? -1 : 1))
    const added: BlendedItem[] = []
    for (const x of fresh) {
      if (out.length + added.length >= k) break
      added.push({ itemId: x.itemId, score: 0.5 * floor * x.score, sources: [key], fallback: true })
      taken.add(x.itemId)
    }
    out.push(...added)
    if (added.length) floor = added[added.length - 1].score
  }
  return out
}

/** blend() with the default recipe of a placement. */
export function blendForPlacement(
  placement: Placement,
  sources: Partial<Record<SourceKey, readonly ScoredItem[]>>,
  k: number,
  exclude?: ReadonlySet<string>,
  recipes: Readonly<Record<Placement, PlacementRecipe>> = DEFAULT_RECIPES
): BlendedItem[] {
  return blend(recipes[placement], sources, k, exclude)
}
