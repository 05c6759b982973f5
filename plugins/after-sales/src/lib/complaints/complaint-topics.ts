import { createRng } from "../math/prng"
import { tokenize } from "../replies/tokenizer"
import { kmeansPlusPlus, sparseKMeans } from "./sparse-kmeans"
import { buildTfidf, TfidfModel, TfidfOptions } from "./tfidf"

export type ComplaintText = { id: string; text: string; reason?: string | null }

/** A named keyword topic the store already knows ("delivery": late, courier, tracking); it seeds one cluster. */
export type SeedTopic = { name: string; keywords: string[] }

export type TopicOptions = TfidfOptions & {
  k: number
  seed?: number
  /** k-means++ restarts; the lowest inertia wins (default 4). */
  restarts?: number
  maxIterations?: number
  seedTopics?: SeedTopic[]
  /** Add the reason code as a term (default true): a structured reason and the words agree more often than not. */
  useReasons?: boolean
  /**
   * Start one cluster from each of the most frequent reason codes (the mean row of its complaints), then let
   * k-means move complaints whose words say otherwise. Default: on when reasons are used and no seed topics are
   * given (keyword seeds and reason seeds for the same problem would compete for its complaints). Without it,
   * plain k-means with k near the number of reasons often splits one reason and merges two others.
   */
  seedFromReasons?: boolean
}

export type Topic = {
  index: number
  /** The seed topic's name, or the reason code, when the cluster started from one. */
  name: string | null
  /** The three heaviest words of the centroid. */
  label: string
  terms: Array<{ term: string; weight: number }>
  size: number
  share: number
  /** The complaints nearest the centroid, to read. */
  exemplarIds: string[]
}

export type TopicModel = {
  topics: Topic[]
  /** Topic index per complaint, in input order; -1 when its text has no term of the vocabulary. */
  assignments: Int32Array
  inertia: number
  vocabularySize: number
  unassigned: number
}

/**
 * Groups complaint texts (with their reason codes) into topics: TF-IDF rows (sublinear tf, smooth idf, L2) and
 * k-means++ / Lloyd on them, the classic text-clustering recipe (e.g. scikit-learn's "Clustering text documents
 * using k-means"). Optional seed topics start some clusters from their keywords, so known topics keep their
 * names and clustering finds the rest. Deterministic for a seed; the best of several restarts is kept.
 */
export function findComplaintTopics(complaints: readonly ComplaintText[], options: TopicOptions): TopicModel {
  return topicsFromTfidf(complaints, complaintTfidf(complaints, options), options)
}

/** The TF-IDF model findComplaintTopics clusters (reason codes as "reason:<code>" terms unless useReasons is false). */
export function complaintTfidf(complaints: readonly ComplaintText[], options: Omit<TopicOptions, "k">): TfidfModel {
  const useReasons = options.useReasons ?? true
  return buildTfidf(
    complaints.map((c) => c.text),
    useReasons ? complaints.map((c) => (c.reason ? [`reason:${c.reason}`] : [])) : null,
    options
  )
}

/** findComplaintTopics on a TF-IDF model built once (chooseTopicCount clusters the same model for several k). */
export function topicsFromTfidf(complaints: readonly ComplaintText[], model: TfidfModel, options: TopicOptions): TopicModel {
  const k = options.k
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`)
  const seeds = options.seedTopics ?? []
  if (seeds.length > k) throw new RangeError(`${seeds.length} seed topics for k = ${k}`)
  const m = model.matrix
  const cols = m.cols
  let emptyRows = 0
  for (let r = 0; r < m.rows; r++) if (m.indptr[r + 1] === m.indptr[r]) emptyRows++
  const kEff = Math.min(k, m.rows - emptyRows)
  if (cols === 0 || kEff === 0) {
    return { topics: [], assignments: new Int32Array(m.rows).fill(-1), inertia: 0, vocabularySize: cols, unassigned: m.rows }
  }
  // seed topics: the normalised idf-weighted vector of their (tokenized) keywords
  const col = new Map(model.terms.map((t, i) => [t, i]))
  const reasonCounts = new Map<string, number[]>()
  if ((options.seedFromReasons ?? seeds.length === 0) && (options.useReasons ?? true)) {
    complaints.forEach((c, r) => {
      if (!c.reason || m.indptr[r + 1] === m.indptr[r]) return
      let rows = reasonCounts.get(c.reason)
      if (!rows) reasonCounts.set(c.reason, (rows = []))
      rows.push(r)
    })
  }
  const reasonSeeds = [...reasonCounts.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)).slice(0, Math.max(0, kEff - seeds.length))
  const given = new Float64Array(Math.max(1, seeds.length + reasonSeeds.length) * cols)
  let givenCount = 0
  const givenNames: string[] = []
  for (const s of seeds) {
    const idx = [...new Set(s.keywords.flatMap((w) => tokenize(w)))].map((t) => col.get(t)).filter((c): c is number => c !== undefined)
    if (!idx.length) continue
    let norm = 0
    for (const c of idx) norm += model.idf[c] ** 2
    for (const c of idx) given[givenCount * cols + c] = model.idf[c] / Math.sqrt(norm)
    givenNames.push(s.name)
    givenCount++
  }
  for (const [reason, rows] of reasonSeeds) {
    const base = givenCount * cols
    for (const r of rows) for (let i = m.indptr[r]; i < m.indptr[r + 1]; i++) given[base + m.indices[i]] += m.values[i] / rows.length
    givenNames.push(reason)
    givenCount++
  }
  const rng = createRng(options.seed ?? 1)
  let best: ReturnType<typeof sparseKMeans> | null = null
  for (let r = 0; r < (options.restarts ?? 4); r++) {
    const init = kmeansPlusPlus(m, kEff, rng, givenCount ? given : null, Math.min(givenCount, kEff))
    const run = sparseKMeans(m, kEff, init, options.maxIterations ?? 100)
    if (!best || run.inertia < best.inertia - 1e-12) best = run
  }
  const res = best as ReturnType<typeof sparseKMeans>
  const sizes = new Int32Array(kEff)
  for (const a of res.assignments) if (a >= 0) sizes[a]++
  const assigned = m.rows - emptyRows
  const topics: Topic[] = []
  for (let j = 0; j < kEff; j++) {
    const weights = Array.from(res.centroids.subarray(j * cols, (j + 1) * cols))
    const order = weights.map((w, i) => [w, i] as const).filter(([w]) => w > 0).sort((a, b) => b[0] - a[0] || a[1] - b[1]).slice(0, 10)
    const terms = order.map(([w, i]) => ({ term: model.terms[i].startsWith("reason:") ? model.terms[i] : model.labels[i], weight: w }))
    const words = terms.filter((t) => !t.term.startsWith("reason:")).slice(0, 3).map((t) => t.term)
    // exemplars: the members with the largest dot product with the centroid
    const members: Array<[number, number]> = []
    for (let r = 0; r < m.rows; r++) {
      if (res.assignments[r] !== j) continue
      let dot = 0
      for (let i = m.indptr[r]; i < m.indptr[r + 1]; i++) dot += m.values[i] * res.centroids[j * cols + m.indices[i]]
      members.push([dot, r])
    }
    members.sort((a, b) => b[0] - a[0] || a[1] - b[1])
    topics.push({
      index: j,
      name: j < Math.min(givenCount, kEff) ? givenNames[j] : null,
      label: words.join(", ") || terms.map((t) => t.term).slice(0, 3).join(", "),
      terms,
      size: sizes[j],
      share: assigned ? sizes[j] / assigned : 0,
      exemplarIds: members.slice(0, 3).map(([, r]) => complaints[r].id),
    })
  }
  return { topics, assignments: res.assignments, inertia: res.inertia, vocabularySize: cols, unassigned: emptyRows }
}
