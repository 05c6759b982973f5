import { topK, ScoredItem } from "../util/top-k"
import { decodeFloat32, decodeInt32, encodeFloat32, encodeInt32 } from "../util/typed-array-codec"

/**
 * Top-N neighbours per item in CSR form: the common stored shape of item-item similarity, content similarity and
 * a pruned EASE. 4,000 items × 50 neighbours is 200,000 (index, score) pairs: 1.6 MB as typed arrays.
 */
export type NeighbourList = {
  items: string[]
  /** Item i's neighbours are at indptr[i] .. indptr[i + 1] - 1, best first. */
  indptr: Int32Array
  indices: Int32Array
  scores: Float32Array
}

/** JSON-safe form of a NeighbourList (typed arrays as base64). `kind` and `version` let the loader reject stale data. */
export type NeighbourListJson = {
  kind: string
  version: number
  items: string[]
  indptr: string
  indices: string
  scores: string
  params?: Record<string, unknown>
}

/** Builds a list from a function that fills item i's similarity to every item; keeps the topN > minScore, i excluded. */
export function neighboursFromRows(
  items: string[],
  fillRow: (i: number, out: Float64Array) => void,
  topN: number,
  minScore = 0
): NeighbourList {
  const n = items.length
  const row = new Float64Array(n)
  const indptr = new Int32Array(n + 1)
  const idx: number[] = []
  const sc: number[] = []
  for (let i = 0; i < n; i++) {
    row.fill(0)
    fillRow(i, row)
    for (const j of topK(row, topN, (j) => j === i || !(row[j] > minScore))) {
      idx.push(j)
      sc.push(row[j])
    }
    indptr[i + 1] = idx.length
  }
  return { items, indptr, indices: Int32Array.from(idx), scores: Float32Array.from(sc) }
}

/** The k nearest neighbours of one item (empty for an unknown item). */
export function neighboursOf(list: NeighbourList, itemId: string, k = Infinity, index?: Map<string, number>): ScoredItem[] {
  const i = index ? index.get(itemId) ?? -1 : list.items.indexOf(itemId)
  if (i < 0) return []
  const out: ScoredItem[] = []
  for (let t = list.indptr[i]; t < list.indptr[i + 1] && out.length < k; t++) {
    out.push({ itemId: list.items[list.indices[t]], score: list.scores[t] })
  }
  return out
}

/**
 * Scores every item for a profile of (item index, weight) pairs: Σ weight · sim(profile item, candidate).
 * This is item-based collaborative filtering and also how a pruned EASE serves.
 */
export function scoreProfile(list: NeighbourList, profile: ReadonlyArray<{ item: number; weight: number }>): Float64Array {
  const out = new Float64Array(list.items.length)
  for (const { item, weight } of profile) {
    for (let t = list.indptr[item]; t < list.indptr[item + 1]; t++) out[list.indices[t]] += weight * list.scores[t]
  }
  return out
}

export function serialiseNeighbours(list: NeighbourList, kind: string, version: number, params?: Record<string, unknown>): NeighbourListJson {
  return {
    kind,
    version,
    items: list.items,
    indptr: encodeInt32(list.indptr),
    indices: encodeInt32(list.indices),
    scores: encodeFloat32(list.scores),
    ...(params ? { params } : {}),
  }
}

export function deserialiseNeighbours(json: NeighbourListJson, kind: string, version: number): NeighbourList {
  if (json.kind !== kind || json.version !== version) {
    throw new Error(`expected a ${kind} v${version} model, got ${json.kind} v${json.version}`)
  }
  const list = { items: json.items, indptr: decodeInt32(json.indptr), indices: decodeInt32(json.indices), scores: decodeFloat32(json.scores) }
  if (list.indptr.length !== list.items.length + 1 || list.indices.length !== list.scores.length) {
    throw new Error(`corrupt ${kind} model: array lengths disagree`)
  }
  return list
}
