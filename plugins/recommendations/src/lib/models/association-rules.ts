import type { Purchase } from "../data/purchase-history"
import { ScoredItem, sortScored } from "../util/top-k"

/**
 * Pairwise co-purchase association rules X → Y ("bought together"), with the classic measures over baskets (orders):
 * support = P(X ∧ Y), confidence = P(Y | X), lift = confidence / P(Y). Only 1 → 1 rules: for a product page or a
 * cart they carry nearly all the signal, and they are counted exactly (no Apriori candidate pruning needed).
 */
export type AssociationParams = {
  /** Minimum share of baskets containing both items (e.g. 0.001 = 1 in 1,000 orders). */
  minSupport: number
  /** Minimum P(Y | X). */
  minConfidence: number
  /** Minimum absolute co-occurrence count: 2 keeps one odd order from creating a rule in a small store. */
  minCount?: number
  /** Rules kept per antecedent, best lift first. */
  maxRulesPerItem?: number
}

export type AssociationRule = {
  antecedent: string
  consequent: string
  /** Baskets containing both. */
  count: number
  support: number
  confidence: number
  lift: number
}

export type AssociationRulesModel = {
  kind: "association-rules"
  version: 1
  basketCount: number
  params: Required<AssociationParams>
  /** Grouped by antecedent (ascending id), then by lift, best first. Plain JSON: store as is. */
  rules: AssociationRule[]
}

/** Groups purchase lines into baskets (one per order), each a sorted list of distinct item ids. */
export function basketsFromPurchases(purchases: readonly Purchase[]): string[][] {
  const byOrder = new Map<string, Set<string>>()
  for (const p of purchases) {
    let s = byOrder.get(p.orderId)
    if (!s) byOrder.set(p.orderId, (s = new Set()))
    s.add(p.itemId)
  }
  return [...byOrder.keys()].sort().map((o) => [...byOrder.get(o)!].sort())
}

export function trainAssociationRules(baskets: ReadonlyArray<readonly string[]>, params: AssociationParams): AssociationRulesModel {
  const p: Required<AssociationParams> = { minCount: 2, maxRulesPerItem: 50, ...params }
  const ids = [...new Set(baskets.flat())].sort()
  const index = new Map(ids.map((id, i) => [id, i]))
  const n = ids.length
  const itemCount = new Float64Array(n)
  const pairCount = new Map<number, number>()
  for (const basket of baskets) {
    const b = [...new Set(basket.map((id) => index.get(id)!))].sort((x, y) => x - y)
    for (let s = 0; s < b.length; s++) {
      itemCount[b[s]]++
      for (let t = s + 1; t < b.length; t++) {
        const key = b[s] * n + b[t]
        pairCount.set(key, (pairCount.get(key) ?? 0) + 1)
      }
    }
  }
  const total = baskets.length
  const byAntecedent = new Map<number, AssociationRule[]>()
  const push = (x: number, y: number, count: number) => {
    const confidence = count / itemCount[x]
    if (confidence < p.minConfidence) return
    const rule: AssociationRule = {
      antecedent: ids[x],
      consequent: ids[y],
      count,
      support: count / total,
      confidence,
      lift: confidence / (itemCount[y] / total),
    }
    let list = byAntecedent.get(x)
    if (!list) byAntecedent.set(x, (list = []))
    list.push(rule)
  }
  for (const [key, count] of pairCount) {
    if (count < p.minCount || count / total < p.minSupport) continue
    const x = Math.floor(key / n)
    const y = key % n
    push(x, y, count)
    push(y, x, count)
  }
  const rules: AssociationRule[] = []
  for (const x of [...byAntecedent.keys()].sort((a, b) => a - b)) {
    const list = byAntecedent.get(x)!
    list.sort((a, b) => b.lift - a.lift || b.confidence - a.confidence || (a.consequent < b.consequent ? -1 : 1))
    rules.push(...list.slice(0, p.maxRulesPerItem))
  }
  return { kind: "association-rules", version: 1, basketCount: total, params: p, rules }
}

/**
 * Items to suggest next to the given ones (a product page: one item; a cart: several). Each consequent scores its best
 * rule's confidence (or lift); items already in `itemIds` are never suggested.
 */
export function rulesFor(
  model: AssociationRulesModel,
  itemIds: readonly string[],
  k: number,
  measure: "confidence" | "lift" = "confidence"
): ScoredItem[] {
  const given = new Set(itemIds)
  const best = new Map<string, number>()
  for (const r of model.rules) {
    if (!given.has(r.antecedent) || given.has(r.consequent)) continue
    const v = r[measure]
    if (v > (best.get(r.consequent) ?? -Infinity)) best.set(r.consequent, v)
  }
  return sortScored([...best].map(([itemId, score]) => ({ itemId, score }))).slice(0, k)
}

export function loadAssociationRules(json: unknown): AssociationRulesModel {
  const m = json as AssociationRulesModel
  if (m?.kind !== "association-rules" || m.version !== 1 || !Array.isArray(m.rules)) throw new Error("not an association-rules v1 model")
  return m
}
