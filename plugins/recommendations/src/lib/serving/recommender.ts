import { DAY_MS, DEFAULT_KIND_WEIGHTS } from "../data/interactions"
import { buyAgainIndex, buyAgainScores, isOneOff, type BoughtItem } from "../models/buy-again"
import { scoreProfile } from "../models/neighbour-list"
import { segmentTop } from "../models/segment-popularity"
import { blend, type BlendedItem, type PlacementRecipe, type SourceKey } from "../ranking/blend"
import { forYouScores } from "../ranking/for-you-ranker"
import { topK, type ScoredItem } from "../util/top-k"
import type { IndexedNeighbours, ServingModels } from "./serving-models"

/** What one request knows about the visitor and the page. */
export type RequestSignals = {
  /** The product of a product page, the cart's products, or the order's products. */
  anchors: readonly string[]
  /** Products in the visitor's cart (never recommended). */
  inCart: readonly string[]
  /** A signed-in customer's purchases (training history plus orders since); empty for anonymous visitors. */
  bought: readonly BoughtItem[]
  orderCount: number
  /** Recent views and cart adds of this session or customer, newest first. */
  session: readonly { itemId: string; kind: "view" | "cart"; time: number }[]
  /** Segment labels (customer group ids) of the customer. */
  segments: readonly string[]
  now: number
}

/** How recent events weigh in a profile: half-life of 120 days for purchases (as in training), 3 days for a session. */
const PURCHASE_HALF_LIFE_DAYS = 120
const SESSION_HALF_LIFE_DAYS = 3
const SOURCE_DEPTH = 100

function topList(scores: Float64Array, items: readonly string[], k: number, skip?: (i: number) => boolean): ScoredItem[] {
  return topK(scores, k, (i) => !(scores[i] > 0) || (skip ? skip(i) : false)).map((i) => ({ itemId: items[i], score: scores[i] }))
}

/** Item-profile weights: anchors 1, purchases decayed by age, session events by kind and age. */
export function profileOf(signals: RequestSignals, useBought: boolean): Map<string, number> {
  const w = new Map<string, number>()
  const add = (id: string, v: number) => w.set(id, Math.max(w.get(id) ?? 0, v))
  for (const id of signals.anchors) add(id, 1)
  if (useBought) {
    for (const b of signals.bought) add(b.itemId, Math.pow(0.5, (signals.now - b.lastTime) / DAY_MS / PURCHASE_HALF_LIFE_DAYS))
  }
  for (const s of signals.session) {
    const kind = s.kind === "cart" ? DEFAULT_KIND_WEIGHTS.cart : DEFAULT_KIND_WEIGHTS.view
    // a view in this session says more about today's intent than its weight in a long-run matrix: scale up
    add(s.itemId, Math.min(1, 3 * kind) * Math.pow(0.5, Math.max(0, signals.now - s.time) / DAY_MS / SESSION_HALF_LIFE_DAYS))
  }
  return w
}

function neighbourScores(n: IndexedNeighbours | null, profile: Map<string, number>): ScoredItem[] {
  if (!n || !profile.size) return []
  const p: { item: number; weight: number }[] = []
  for (const [id, weight] of profile) {
    const i = n.index.get(id)
    if (i !== undefined) p.push({ item: i, weight })
  }
  if (!p.length) return []
  return topList(scoreProfile(n.list, p), n.list.items, SOURCE_DEPTH)
}

/** The per-model candidate lists a recipe asks for (only those: a source is computed when its weight or fallback needs it). */
export function computeSources(models: ServingModels, recipe: PlacementRecipe, s: RequestSignals): Partial<Record<SourceKey, ScoredItem[]>> {
  const wanted = new Set<SourceKey>([...(Object.keys(recipe.weights) as SourceKey[]), ...recipe.fallbacks])
  const out: Partial<Record<SourceKey, ScoredItem[]>> = {}
  const anchorProfile = new Map(s.anchors.map((id) => [id, 1]))
  // without an anchor (for you, trending, email) the item-to-item models work from what the visitor did
  const itemProfile = s.anchors.length ? anchorProfile : profileOf(s, true)
  if (wanted.has("boughtTogether") && models.rules) {
    const best = new Map<string, number>()
    for (const a of s.anchors.length ? s.anchors : [...itemProfile.keys()].slice(0, 20)) {
      for (const r of models.rules.byAntecedent.get(a) ?? []) if (r.confidence > (best.get(r.consequent) ?? 0)) best.set(r.consequent, r.confidence)
    }
    out.boughtTogether = [...best].map(([itemId, score]) => ({ itemId, score })).sort((a, b) => b.score - a.score || (a.itemId < b.itemId ? -1 : 1))
  }
  if (wanted.has("similar")) out.similar = neighbourScores(models.similar, itemProfile)
  if (wanted.has("content")) out.content = neighbourScores(models.content, itemProfile)
  if (wanted.has("collaborative")) out.collaborative = neighbourScores(models.ease, profileOf(s, true))
  if (wanted.has("forYou") && models.ease && s.bought.length) out.forYou = forYouList(models, s)
  if (wanted.has("buyAgain") && models.buyAgain && s.bought.length) {
    out.buyAgain = buyAgainScores(models.buyAgain, s.bought, s.now).filter((x) => x.score > 0.01)
  }
  if (wanted.has("trending") && models.trending) out.trending = models.trending.top
  if (wanted.has("segment") && models.segments && s.segments.length) {
    const best = new Map<string, number>()
    for (const label of s.segments) for (const x of segmentTop(models.segments, label, SOURCE_DEPTH)) best.set(x.itemId, Math.max(best.get(x.itemId) ?? 0, x.score))
    out.segment = [...best].map(([itemId, score]) => ({ itemId, score })).sort((a, b) => b.score - a.score || (a.itemId < b.itemId ? -1 : 1))
  }
  return out
}

/** The personal ranker of the offline benchmark (lib/ranking/for-you-ranker) on the pruned EASE of the version. */
function forYouList(models: ServingModels, s: RequestSignals): ScoredItem[] {
  const ease = models.ease!
  const n = ease.list.items.length
  const profile: { item: number; weight: number }[] = []
  const bought: { item: number; orderCount: number; lastTime: number }[] = []
  for (const b of s.bought) {
    const i = ease.index.get(b.itemId)
    if (i === undefined) continue
    profile.push({ item: i, weight: Math.pow(0.5, (s.now - b.lastTime) / DAY_MS / PURCHASE_HALF_LIFE_DAYS) })
    bought.push({ item: i, orderCount: b.orderCount, lastTime: b.lastTime })
  }
  if (!profile.length) return []
  const scores = forYouScores({
    itemCount: n,
    bought,
    userOrderCount: Math.max(1, s.orderCount),
    collaborative: scoreProfile(ease.list, profile),
    trending: models.popularity ?? new Float64Array(n),
    repeatRate: models.repeatRate ?? new Float64Array(n).fill(0.5),
    now: s.now,
  })
  // the blend max-normalises; shift so that every score is positive and the order is kept
  let min = Infinity
  for (let j = 0; j < n; j++) if (scores[j] < min) min = scores[j]
  const shift = min <= 0 ? -min + 1e-6 : 0
  for (let j = 0; j < n; j++) scores[j] += shift
  return topList(scores, ease.list.items, SOURCE_DEPTH)
}

/** Products a customer bought that are almost never re-ordered: not offered again outside "buy again". */
export function boughtOneOffs(models: ServingModels, bought: readonly BoughtItem[]): string[] {
  const m = models.buyAgain
  if (!m) return []
  return bought.filter((b) => {
    const i = buyAgainIndex(m, b.itemId)
    return i >= 0 && isOneOff(m, i)
  }).map((b) => b.itemId)
}

/** Ranked candidates for one request: the recipe's blend with fallbacks, without `exclude`. */
export function recommendCandidates(
  models: ServingModels,
  recipe: PlacementRecipe,
  signals: RequestSignals,
  k: number,
  exclude: ReadonlySet<string>
): { candidates: BlendedItem[]; sources: Partial<Record<SourceKey, ScoredItem[]>> } {
  const sources = computeSources(models, recipe, signals)
  return { candidates: blend(recipe, sources, k, exclude), sources }
}
