import type { CatalogIndex } from "./catalog-index"
import type { PlannedCatalog } from "./plan-catalog"
import type { Rng } from "./prng"

/** Searches that find nothing in this catalog (typos, things the store does not sell). */
const MISSES = ["gift card", "swimwear", "sunglasses", "kids", "umbrella", "perfume", "sweter", "jeens", "bikini"]

/**
 * What visitors type into the store search and how many products the store would return: a product matches
 * when every word of the query occurs in its title, tags, category path or option values.
 */
export class SearchIndex {
  private readonly texts: string[]
  private readonly counts = new Map<string, number>()

  constructor(private readonly catalog: PlannedCatalog) {
    this.texts = catalog.products.map((p, i) =>
      [
        p.title,
        p.tags.join(" "),
        catalog.leaves[catalog.productLeaf[i]].path.join(" "),
        p.options.map((o) => o.values.join(" ")).join(" "),
      ]
        .join(" ")
        .toLowerCase()
    )
  }

  resultCount(query: string): number {
    const cached = this.counts.get(query)
    if (cached !== undefined) return cached
    const words = query.split(/\s+/).filter(Boolean)
    let n = 0
    for (const text of this.texts) if (words.every((w) => text.includes(w))) n++
    this.counts.set(query, n)
    return n
  }

  /** A query someone looking for this variant might type. */
  queryFor(rng: Rng, index: CatalogIndex, ref: number): string {
    if (rng.chance(0.05)) return rng.pick(MISSES)
    const r = index.refs[ref]
    const product = this.catalog.products[r.productIndex]
    const leaf = this.catalog.leaves[r.leaf]
    const noun = leaf.spec.nouns.find((n) => product.title.endsWith(n)) ?? leaf.spec.name
    const lastWord = noun.split(" ").pop() as string
    const words = product.title.split(" ")
    const variant = product.variants.find((v) => v.key === r.key)
    const color = variant?.options["Color"]
    switch (rng.int(0, 3)) {
      case 0:
        return leaf.spec.name.toLowerCase().replace(" & ", " ")
      case 1:
        return noun.toLowerCase()
      case 2:
        return `${words[1]} ${lastWord}`.toLowerCase()
      default:
        return color ? `${color} ${lastWord}`.toLowerCase() : noun.toLowerCase()
    }
  }
}
