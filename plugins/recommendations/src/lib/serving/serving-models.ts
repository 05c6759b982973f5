import { loadAssociationRules, type AssociationRule, type AssociationRulesModel } from "../models/association-rules"
import { loadBuyAgain, repeatRate, type BoughtItem, type BuyAgainModel } from "../models/buy-again"
import { loadContentSimilarity } from "../models/content-tfidf"
import { loadEase } from "../models/ease"
import { loadItemSimilarity } from "../models/item-similarity"
import type { NeighbourList, NeighbourListJson } from "../models/neighbour-list"
import { loadSegmentPopularity, type SegmentPopularityModel } from "../models/segment-popularity"
import { loadTrending, topTrending, type TrendingModel } from "../models/trending"
import type { ScoredItem } from "../util/top-k"

/** Names of the stored artefacts of one model version (one row each). A name is never renamed. */
export const ARTEFACT_KINDS = [
  "association-rules",
  "item-similarity",
  "content-tfidf",
  "ease",
  "trending",
  "buy-again",
  "segment-popularity",
  "popularity",
  "purchase-history",
] as const
export type ArtefactKind = (typeof ARTEFACT_KINDS)[number]

/** Decayed purchase popularity normalised to 0..1: the "trending" feature of the for-you ranker. */
export type PopularityArtefact = { kind: "popularity"; version: 1; halfLifeDays: number; scores: Record<string, number> }

/** What each customer bought (distinct orders per product, last time), as of training. */
export type PurchaseHistoryArtefact = {
  kind: "purchase-history"
  version: 1
  /** customer id → [product id, order count, last purchase epoch ms][] */
  customers: Record<string, [string, number, number][]>
  /** customer id → number of distinct orders */
  orderCounts: Record<string, number>
}

export type IndexedNeighbours = { list: NeighbourList; index: Map<string, number> }

/** A trained model version loaded for serving: every model with the lookups a request needs, built once. */
export type ServingModels = {
  version: number
  trainedAt: number
  rules: { model: AssociationRulesModel; byAntecedent: Map<string, AssociationRule[]> } | null
  similar: IndexedNeighbours | null
  content: IndexedNeighbours | null
  ease: IndexedNeighbours | null
  trending: { model: TrendingModel; top: ScoredItem[] } | null
  buyAgain: BuyAgainModel | null
  segments: SegmentPopularityModel | null
  /** Aligned with ease.list.items. */
  popularity: Float64Array | null
  repeatRate: Float64Array | null
  history: Map<string, { bought: BoughtItem[]; orderCount: number }>
}

export const EMPTY_MODELS: ServingModels = {
  version: 0,
  trainedAt: 0,
  rules: null,
  similar: null,
  content: null,
  ease: null,
  trending: null,
  buyAgain: null,
  segments: null,
  popularity: null,
  repeatRate: null,
  history: new Map(),
}

function indexed(list: NeighbourList): IndexedNeighbours {
  return { list, index: new Map(list.items.map((id, i) => [id, i])) }
}

/** Builds the serving form from stored artefacts (JSON as written by training). Missing artefacts stay null. */
export function loadServingModels(version: number, trainedAt: number, artefacts: Partial<Record<ArtefactKind, unknown>>): ServingModels {
  const m: ServingModels = { ...EMPTY_MODELS, version, trainedAt, history: new Map() }
  const a = artefacts
  if (a["association-rules"]) {
    const model = loadAssociationRules(a["association-rules"])
    const byAntecedent = new Map<string, AssociationRule[]>()
    for (const r of model.rules) {
      let l = byAntecedent.get(r.antecedent)
      if (!l) byAntecedent.set(r.antecedent, (l = []))
      l.push(r)
    }
    m.rules = { model, byAntecedent }
  }
  if (a["item-similarity"]) m.similar = indexed(loadItemSimilarity(a["item-similarity"] as NeighbourListJson))
  if (a["content-tfidf"]) m.content = indexed(loadContentSimilarity(a["content-tfidf"] as NeighbourListJson))
  if (a["ease"]) m.ease = indexed(loadEase(a["ease"] as NeighbourListJson))
  if (a["trending"]) {
    const model = loadTrending(a["trending"])
    m.trending = { model, top: topTrending(model, 200) }
  }
  if (a["buy-again"]) m.buyAgain = loadBuyAgain(a["buy-again"])
  if (a["segment-popularity"]) m.segments = loadSegmentPopularity(a["segment-popularity"])
  if (m.ease) {
    const items = m.ease.list.items
    const pop = a["popularity"] as PopularityArtefact | undefined
    if (pop?.kind === "popularity") m.popularity = Float64Array.from(items, (id) => pop.scores[id] ?? 0)
    if (m.buyAgain) {
      const byId = new Map(m.buyAgain.items.map((id, i) => [id, i]))
      const ba = m.buyAgain
      m.repeatRate = Float64Array.from(items, (id) => (byId.has(id) ? repeatRate(ba, byId.get(id)!) : 0.5))
    }
  }
  const h = a["purchase-history"] as PurchaseHistoryArtefact | undefined
  if (h?.kind === "purchase-history") {
    for (const [customer, rows] of Object.entries(h.customers)) {
      m.history.set(customer, {
        bought: rows.map(([itemId, orderCount, lastTime]) => ({ itemId, orderCount, lastTime })),
        orderCount: h.orderCounts[customer] ?? rows.length,
      })
    }
  }
  return m
}
