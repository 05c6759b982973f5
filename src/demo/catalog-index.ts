import { SIZE_DEMAND } from "./catalog-data"
import type { PlannedCatalog } from "./plan-catalog"
import { WeightedIndex } from "./prng"
import type { Money } from "./types"

/** A variant with what order and session planning need, flat and index-addressable. */
export type VariantRef = {
  key: string
  productIndex: number
  productKey: string
  categoryKey: string
  leaf: number
  prices: Money
  premium: boolean
}

/** Demand indexes over variants, so picking an item is a binary search, not a scan. */
export type CatalogIndex = {
  refs: VariantRef[]
  /** Everything, by demand. */
  popular: WeightedIndex
  /** Premium categories and the Atelier line: where big spenders shop. */
  premium: WeightedIndex
  /** The cheapest 40 % of variants: where bargain hunters shop. */
  budget: WeightedIndex
  /** Per leaf category. */
  byLeaf: WeightedIndex[]
  /** Leaves by demand, per top-level category name (Women, Men, Home). */
  leavesByTop: Record<string, WeightedIndex>
  /** All leaves by demand. */
  leaves: WeightedIndex
}

export function indexCatalog(catalog: PlannedCatalog): CatalogIndex {
  const refs: VariantRef[] = []
  const weights: number[] = []
  catalog.products.forEach((product, p) => {
    const leaf = catalog.leaves[catalog.productLeaf[p]]
    const demands = product.variants.map((v) => SIZE_DEMAND[v.options["Size"]] ?? 1)
    const total = demands.reduce((a, b) => a + b, 0)
    product.variants.forEach((variant, v) => {
      refs.push({
        key: variant.key,
        productIndex: p,
        productKey: product.key,
        categoryKey: product.categoryKey,
        leaf: leaf.index,
        prices: variant.prices,
        premium: leaf.spec.premium || catalog.productAtelier[p],
      })
      weights.push((catalog.productWeight[p] * demands[v]) / total)
    })
  })
  const subset = (keep: (ref: VariantRef) => boolean) => {
    const ids: number[] = []
    const w: number[] = []
    refs.forEach((ref, i) => {
      if (keep(ref)) {
        ids.push(i)
        w.push(weights[i])
      }
    })
    return new WeightedIndex(w, ids)
  }
  const sortedPrices = refs.map((r) => r.prices.eur).sort((a, b) => a - b)
  const budgetCap = sortedPrices[Math.floor(sortedPrices.length * 0.4)]
  const leafIds = catalog.leaves.map((l) => l.index)
  const leafDemand = catalog.leaves.map((l) => l.spec.demand)
  const tops = [...new Set(catalog.leaves.map((l) => l.top))]
  const leavesByTop: Record<string, WeightedIndex> = {}
  for (const top of tops) {
    leavesByTop[top] = new WeightedIndex(
      leafDemand.filter((_, i) => catalog.leaves[i].top === top),
      leafIds.filter((i) => catalog.leaves[i].top === top)
    )
  }
  return {
    refs,
    popular: new WeightedIndex(weights),
    premium: subset((r) => r.premium),
    budget: subset((r) => r.prices.eur <= budgetCap),
    byLeaf: catalog.leaves.map((l) => subset((r) => r.leaf === l.index)),
    leavesByTop,
    leaves: new WeightedIndex(leafDemand, leafIds),
  }
}
