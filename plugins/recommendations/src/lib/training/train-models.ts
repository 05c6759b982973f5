import { IdIndex } from "../data/id-index"
import { buildInteractionMatrix, type Interaction } from "../data/interactions"
import type { Purchase } from "../data/purchase-history"
import { basketsFromPurchases, trainAssociationRules } from "../models/association-rules"
import { trainBuyAgain } from "../models/buy-again"
import { serialiseContentSimilarity, trainContentSimilarity, type ContentDoc } from "../models/content-tfidf"
import { serialiseEase } from "../models/ease"
import { trainForYou } from "../models/for-you"
import { serialiseItemSimilarity, trainItemSimilarity } from "../models/item-similarity"
import { trainSegmentPopularity } from "../models/segment-popularity"
import { trainTrending, type TrendingEvent } from "../models/trending"
import type { ArtefactKind, PopularityArtefact, PurchaseHistoryArtefact } from "../serving/serving-models"
import { evaluateHoldout, type HoldoutReport } from "./holdout-evaluation"

export type TrainingInput = {
  /** Reference time: events after it are ignored; recency and trending are measured from it. */
  now: number
  /** Order lines (customer, product, order, time), canceled orders excluded. */
  purchases: readonly Purchase[]
  /** Views and cart adds; userId is the customer id, or `anon:<anonymous id>` for visitors who never signed in. */
  interactions: readonly Interaction[]
  /** The catalog, for content similarity (works with no behaviour at all). */
  docs: readonly ContentDoc[]
  /** Customer id → segment labels (customer group ids), for per-segment popularity. */
  segments: ReadonlyMap<string, readonly string[]>
  params?: TrainingParams
}

export type TrainingParams = {
  lambda?: number
  easeTopN?: number
  similarityShrinkage?: number
  similarityTopN?: number
  coViewWeight?: number
  contentTopN?: number
  minRuleConfidence?: number
  holdoutDays?: number
  k?: number
}

export type TrainingCounts = {
  purchase_lines: number
  orders: number
  customers: number
  products_bought: number
  interactions: number
  catalog_products: number
  rules: number
  segments: number
}

export type TrainingResult = {
  artefacts: Partial<Record<ArtefactKind, unknown>>
  counts: TrainingCounts
  evaluation: HoldoutReport
  params: Required<TrainingParams>
}

const DEFAULTS: Required<TrainingParams> = {
  lambda: 150,
  easeTopN: 100,
  similarityShrinkage: 10,
  similarityTopN: 50,
  coViewWeight: 0.3,
  contentTopN: 30,
  minRuleConfidence: 0.02,
  holdoutDays: 30,
  k: 10,
}

/** Trending weights per signal: a sale is the strongest evidence, a view the weakest. */
const TRENDING_WEIGHT = { purchase: 1, cart: 0.3, view: 0.05 } as const

/**
 * Trains every model of a version from the store's facts, events and catalog, and evaluates the personal ranker on
 * a time-based holdout. Pure and deterministic (same input, same artefacts). `step` reports progress between models.
 */
export function trainModels(input: TrainingInput, step: (done: number, label: string) => void = () => undefined): TrainingResult {
  const p = { ...DEFAULTS, ...input.params }
  const now = input.now
  const purchases = input.purchases.filter((x) => x.time <= now)
  const interactions = input.interactions.filter((x) => x.time <= now)
  const artefacts: TrainingResult["artefacts"] = {}

  step(5, "association rules")
  const baskets = basketsFromPurchases(purchases)
  const rules = trainAssociationRules(baskets, { minSupport: 0, minConfidence: p.minRuleConfidence, minCount: 2, maxRulesPerItem: 30 })
  artefacts["association-rules"] = rules

  step(15, "item–item similarity (co-purchase + co-view)")
  const all: Interaction[] = [
    ...purchases.map((x) => ({ userId: x.userId, itemId: x.itemId, kind: "purchase" as const, time: x.time })),
    ...interactions,
  ]
  if (all.length) {
    const users = IdIndex.sorted(all.map((e) => e.userId))
    const items = IdIndex.sorted(all.map((e) => e.itemId))
    const bought = buildInteractionMatrix(all, { users, items, kindWeights: { purchase: 1 } })
    const viewed = buildInteractionMatrix(all, { users, items, kindWeights: { view: 1, cart: 1 } })
    const sim = trainItemSimilarity(items.ids, [
      { matrix: bought.matrix, weight: 1 },
      { matrix: viewed.matrix, weight: p.coViewWeight },
    ], { shrinkage: p.similarityShrinkage, topN: p.similarityTopN })
    artefacts["item-similarity"] = serialiseItemSimilarity(sim, { shrinkage: p.similarityShrinkage, topN: p.similarityTopN })
  }

  step(30, "collaborative model (EASE) and purchase history")
  const customers = new Set(purchases.map((x) => x.userId))
  if (purchases.length) {
    const forYou = trainForYou(purchases, { now, lambda: p.lambda })
    artefacts["ease"] = serialiseEase(forYou.ease, p.easeTopN)
    const scores: Record<string, number> = {}
    forYou.history.items.ids.forEach((id, i) => {
      if (forYou.trending[i] > 0) scores[id] = forYou.trending[i]
    })
    artefacts["popularity"] = { kind: "popularity", version: 1, halfLifeDays: 7, scores } satisfies PopularityArtefact
    const h = forYou.history
    const history: PurchaseHistoryArtefact = { kind: "purchase-history", version: 1, customers: {}, orderCounts: {} }
    for (let u = 0; u < h.users.size; u++) {
      const id = h.users.idAt(u)
      const rows: [string, number, number][] = []
      for (let t = h.orders.indptr[u]; t < h.orders.indptr[u + 1]; t++) rows.push([h.items.idAt(h.orders.indices[t]), h.orders.values[t], h.lastTime[t]])
      history.customers[id] = rows
      history.orderCounts[id] = h.userOrderCount[u]
    }
    artefacts["purchase-history"] = history
  }

  step(55, "content similarity")
  if (input.docs.length) artefacts["content-tfidf"] = serialiseContentSimilarity(trainContentSimilarity(input.docs, { topN: p.contentTopN }))

  step(62, "trending and buy-again timing")
  const trendingEvents: TrendingEvent[] = [
    ...purchases.map((x) => ({ itemId: x.itemId, time: x.time, weight: TRENDING_WEIGHT.purchase })),
    ...interactions.map((x) => ({ itemId: x.itemId, time: x.time, weight: TRENDING_WEIGHT[x.kind] })),
  ]
  artefacts["trending"] = trainTrending(trendingEvents, { now })
  artefacts["buy-again"] = trainBuyAgain(purchases)

  step(68, "per-segment popularity")
  const labelled: Interaction[] = []
  for (const e of all) {
    for (const label of input.segments.get(e.userId) ?? []) labelled.push({ ...e, userId: `${label}\u0000${e.userId}` })
  }
  const segments = trainSegmentPopularity(labelled, (u) => u.slice(0, u.indexOf("\u0000")), { now, halfLifeDays: 30 })
  artefacts["segment-popularity"] = segments

  step(75, "offline evaluation on a time holdout")
  const evaluation = evaluateHoldout(purchases, now, { k: p.k, testDays: p.holdoutDays })

  return {
    artefacts,
    evaluation,
    params: p,
    counts: {
      purchase_lines: purchases.length,
      orders: baskets.length,
      customers: customers.size,
      products_bought: new Set(purchases.map((x) => x.itemId)).size,
      interactions: interactions.length,
      catalog_products: input.docs.length,
      rules: rules.rules.length,
      segments: Object.keys(segments.segments).length,
    },
  }
}
