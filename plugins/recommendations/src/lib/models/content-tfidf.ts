import { NeighbourList, neighboursFromRows, NeighbourListJson, serialiseNeighbours, deserialiseNeighbours } from "./neighbour-list"

/**
 * Content similarity: TF-IDF over a product's title, description, category, collection and tags, cosine top-N.
 * Needs no behaviour at all, so a new store (or a product added today) still gets "similar" results.
 * Category, collection and tag values are whole tokens (prefixed, e.g. "category:mugs"), not split into words:
 * sharing a category is one strong piece of evidence, not several weak ones.
 */
export type ContentDoc = {
  id: string
  title?: string
  description?: string
  categories?: readonly string[]
  collection?: string
  tags?: readonly string[]
}

export type ContentFieldWeights = { title: number; description: number; category: number; collection: number; tag: number }

export type ContentParams = {
  /** Term-frequency multiplier per field: a word in the title says more than one in a long description. */
  fieldWeights?: Partial<ContentFieldWeights>
  topN?: number
  /** Terms in more than this share of products are dropped (they say nothing: "set", "new"). */
  maxDocShare?: number
}

export const CONTENT_KIND = "content-tfidf"
export const CONTENT_VERSION = 1

const DEFAULT_FIELD_WEIGHTS: ContentFieldWeights = { title: 2, description: 1, category: 3, collection: 2, tag: 2 }

const STOPWORDS = new Set(
  "a an and are as at be by for from has in is it its of on or the this to with your you our we set pack size new".split(" ")
)

/** Lower-case words of ≥ 2 letters or digits, without stop words. Accents are folded (é → e). */
export function tokenize(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length >= 2 && !STOPWORDS.has(t))
}

/** Weighted term frequencies of one product. */
export function documentTerms(doc: ContentDoc, weights: ContentFieldWeights = DEFAULT_FIELD_WEIGHTS): Map<string, number> {
  const tf = new Map<string, number>()
  const add = (term: string, w: number) => tf.set(term, (tf.get(term) ?? 0) + w)
  for (const t of tokenize(doc.title ?? "")) add(t, weights.title)
  for (const t of tokenize(doc.description ?? "")) add(t, weights.description)
  for (const c of doc.categories ?? []) add(`category:${c}`, weights.category)
  if (doc.collection) add(`collection:${doc.collection}`, weights.collection)
  for (const t of doc.tags ?? []) add(`tag:${t.toLowerCase()}`, weights.tag)
  return tf
}

/** Trains content similarity: (1 + ln tf) · idf vectors, L2-normalised, cosine through an inverted index. */
export function trainContentSimilarity(docs: readonly ContentDoc[], params: ContentParams = {}): NeighbourList {
  const weights = { ...DEFAULT_FIELD_WEIGHTS, ...params.fieldWeights }
  const topN = params.topN ?? 20
  const maxShare = params.maxDocShare ?? 0.5
  const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const items = sorted.map((d) => d.id)
  const tfs = sorted.map((d) => documentTerms(d, weights))
  const df = new Map<string, number>()
  for (const tf of tfs) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1)
  const n = sorted.length
  // smoothed idf; a term in a single product cannot link two products, so it is dropped as well
  const idf = new Map<string, number>()
  for (const [t, d] of df) if (d >= 2 && d <= Math.max(2, maxShare * n)) idf.set(t, Math.log((n + 1) / (d + 1)) + 1)
  const postings = new Map<string, { doc: number; w: number }[]>()
  const vectors = tfs.map((tf, doc) => {
    const v: { term: string; w: number }[] = []
    for (const [t, f] of tf) {
      const i = idf.get(t)
      if (i !== undefined) v.push({ term: t, w: (1 + Math.log(f)) * i })
    }
    const norm = Math.sqrt(v.reduce((s, x) => s + x.w * x.w, 0)) || 1
    for (const x of v) {
      x.w /= norm
      let p = postings.get(x.term)
      if (!p) postings.set(x.term, (p = []))
      p.push({ doc, w: x.w })
    }
    return v
  })
  return neighboursFromRows(
    items,
    (i, out) => {
      for (const { term, w } of vectors[i]) for (const p of postings.get(term)!) out[p.doc] += w * p.w
    },
    topN
  )
}

export function serialiseContentSimilarity(list: NeighbourList): NeighbourListJson {
  return serialiseNeighbours(list, CONTENT_KIND, CONTENT_VERSION)
}

export function loadContentSimilarity(json: NeighbourListJson): NeighbourList {
  return deserialiseNeighbours(json, CONTENT_KIND, CONTENT_VERSION)
}
