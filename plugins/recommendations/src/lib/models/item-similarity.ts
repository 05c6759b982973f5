import { Csr, transposeCsr } from "../data/csr"
import { NeighbourList, neighboursFromRows, NeighbourListJson, serialiseNeighbours, deserialiseNeighbours } from "./neighbour-list"

/**
 * Item–item similarity ("customers who bought/viewed this also …"): shrunk cosine per behaviour source,
 * sim(i, j) = Σ_s w_s · x_i·x_j / (‖x_i‖‖x_j‖ + shrinkage), top-N per item.
 * Shrinkage pulls pairs seen by few users towards 0, so two items bought once by the same person do not look
 * identical (cosine 1) and crowd out well-supported neighbours.
 */
export type SimilaritySource = {
  /** users × items (same item columns in every source), e.g. purchases and views from buildInteractionMatrix. */
  matrix: Csr
  /** Weight of this source, e.g. co-purchase 1, co-view 0.3. */
  weight: number
}

export type ItemSimilarityParams = { shrinkage?: number; topN?: number }

export const ITEM_SIMILARITY_KIND = "item-similarity"
export const ITEM_SIMILARITY_VERSION = 1

export function trainItemSimilarity(items: string[], sources: readonly SimilaritySource[], params: ItemSimilarityParams = {}): NeighbourList {
  const shrinkage = params.shrinkage ?? 10
  const topN = params.topN ?? 50
  for (const s of sources) if (s.matrix.cols !== items.length) throw new Error("every source needs one column per item")
  const prepared = sources.map((s) => {
    const byItem = transposeCsr(s.matrix)
    const norm = new Float64Array(items.length)
    for (let i = 0; i < items.length; i++) {
      let q = 0
      for (let t = byItem.indptr[i]; t < byItem.indptr[i + 1]; t++) q += byItem.values[t] * byItem.values[t]
      norm[i] = Math.sqrt(q)
    }
    return { byUser: s.matrix, byItem, norm, weight: s.weight }
  })
  const dot = new Float64Array(items.length)
  return neighboursFromRows(
    items,
    (i, out) => {
      for (const s of prepared) {
        if (s.norm[i] === 0) continue
        dot.fill(0)
        // x_i · x_j for every j, through the users who interacted with i
        for (let t = s.byItem.indptr[i]; t < s.byItem.indptr[i + 1]; t++) {
          const u = s.byItem.indices[t]
          const xu = s.byItem.values[t]
          for (let r = s.byUser.indptr[u]; r < s.byUser.indptr[u + 1]; r++) dot[s.byUser.indices[r]] += xu * s.byUser.values[r]
        }
        for (let j = 0; j < items.length; j++) {
          if (dot[j] !== 0) out[j] += (s.weight * dot[j]) / (s.norm[i] * s.norm[j] + shrinkage)
        }
      }
    },
    topN
  )
}

export function serialiseItemSimilarity(list: NeighbourList, params?: ItemSimilarityParams): NeighbourListJson {
  return serialiseNeighbours(list, ITEM_SIMILARITY_KIND, ITEM_SIMILARITY_VERSION, params)
}

export function loadItemSimilarity(json: NeighbourListJson): NeighbourList {
  return deserialiseNeighbours(json, ITEM_SIMILARITY_KIND, ITEM_SIMILARITY_VERSION)
}
