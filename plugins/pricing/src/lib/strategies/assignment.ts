import type { PriceEnding } from "../money/price-ending"

export type AssignmentScope = "product" | "category" | "collection" | "store"

/**
 * A strategy assigned to a product, a category, a collection or the whole store, optionally only for one
 * currency and/or one region. `args` are the strategy's arguments (validated by parseStrategyArgs).
 */
export type StrategyAssignment = {
  id: string
  strategy: string
  args: unknown
  scope: AssignmentScope
  /** the product, category or collection id; ignored for "store" */
  scopeId?: string | null
  /** lower-case ISO 4217; null or absent = every currency */
  currencyCode?: string | null
  regionId?: string | null
  /** the ending applied after this strategy; absent = the run's default */
  ending?: PriceEnding
}

/** What a variant is assigned by: its product, categories (in order of preference), collection. */
export type AssignmentTarget = {
  productId: string
  categoryIds?: readonly string[] | null
  collectionId?: string | null
  currencyCode: string
  regionId?: string | null
}

/** How closely an assignment's currency/region fit the target: region + currency 3, region 2, currency 1, any 0. */
function fit(a: StrategyAssignment, currency: string, region: string | null): number {
  if (a.currencyCode && a.currencyCode.toLowerCase() !== currency) return -1
  if (a.regionId && a.regionId !== region) return -1
  return (a.regionId ? 2 : 0) + (a.currencyCode ? 1 : 0)
}

/**
 * Resolution: product > category > collection > store default. Within one scope the assignment that names the
 * variant's region and currency beats one that names only the region, then only the currency, then neither;
 * a remaining tie goes to the lowest id, so the answer never depends on the order rows were read. Among several
 * categories the first listed wins (Medusa keeps a product's categories in a list; the caller orders it).
 * Built once per run (an index by scope and id), then O(categories) per variant.
 */
export function createAssignmentResolver(assignments: readonly StrategyAssignment[]) {
  // one map per scope, so a lookup needs no key string built per variant
  const index: Record<AssignmentScope, Map<string, StrategyAssignment[]>> = { product: new Map(), category: new Map(), collection: new Map(), store: new Map() }
  for (const a of assignments) {
    const m = index[a.scope]
    const key = a.scope === "store" ? "" : (a.scopeId ?? "")
    const list = m.get(key)
    if (list) list.push(a)
    else m.set(key, [a])
  }
  for (const m of Object.values(index)) for (const list of m.values()) list.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))

  const pick = (list: StrategyAssignment[] | undefined, currency: string, region: string | null): StrategyAssignment | null => {
    if (!list) return null
    let best: StrategyAssignment | null = null
    let bestFit = -1
    for (const a of list) {
      const f = fit(a, currency, region)
      if (f > bestFit) [best, bestFit] = [a, f]
    }
    return best
  }

  return function resolve(t: AssignmentTarget): StrategyAssignment | null {
    const currency = t.currencyCode.toLowerCase()
    const region = t.regionId ?? null
    const byProduct = pick(index.product.get(t.productId), currency, region)
    if (byProduct) return byProduct
    for (const c of t.categoryIds ?? []) {
      const a = pick(index.category.get(c), currency, region)
      if (a) return a
    }
    if (t.collectionId) {
      const a = pick(index.collection.get(t.collectionId), currency, region)
      if (a) return a
    }
    return pick(index.store.get(""), currency, region)
  }
}
