/**
 * What an overloaded category could be split by: the facets (tags, option values) most common among its products,
 * counting each product once per facet. A facet every product shares, or only one product has, splits nothing.
 */
export function splitFacets(products: readonly string[], facets: ReadonlyMap<string, readonly string[]>, max = 3): string[] {
  const n = new Map<string, number>()
  for (const p of products) for (const f of new Set(facets.get(p) ?? [])) n.set(f, (n.get(f) ?? 0) + 1)
  return [...n]
    .filter(([, c]) => c >= 2 && c < products.length)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([f]) => f)
}
