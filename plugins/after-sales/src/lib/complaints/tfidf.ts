import { tokenize, tokenizeWithSurface } from "../replies/tokenizer"

/** Rows of a sparse matrix in CSR form: row r holds indices[indptr[r] .. indptr[r + 1]) with their values. */
export type SparseRows = { rows: number; cols: number; indptr: Int32Array; indices: Int32Array; values: Float64Array }

export type TfidfOptions = {
  /** Drop terms in fewer documents (default 2). */
  minDf?: number
  /** Drop terms in more than this share of documents (default 0.5): they separate nothing. */
  maxDfRatio?: number
  /** Keep at most this many terms, the most frequent by document count (default 5000). */
  maxTerms?: number
  /**
   * Words to leave out (tokenized like the text), e.g. product names: complaints are already grouped by product,
   * and topics should say what went wrong, not with which product.
   */
  ignoreWords?: readonly string[]
}

export type TfidfModel = {
  matrix: SparseRows
  /** Term of each column (stems; reason codes as "reason:<code>"). */
  terms: string[]
  /** The most frequent surface word behind each column's stem, for labels. */
  labels: string[]
  idf: Float64Array
}

/**
 * TF-IDF rows, L2-normalised, as scikit-learn's TfidfVectorizer(sublinear_tf=True, smooth_idf=True) builds them:
 * tf = 1 + ln(count), idf = ln((1 + N) / (1 + df)) + 1. `extra` tokens per document (e.g. its reason code) join
 * the text's tokens.
 */
export function buildTfidf(texts: readonly string[], extra: ReadonlyArray<readonly string[]> | null, options: TfidfOptions = {}): TfidfModel {
  const minDf = options.minDf ?? 2
  const maxDf = (options.maxDfRatio ?? 0.5) * texts.length
  const maxTerms = options.maxTerms ?? 5000
  const surface = new Map<string, Map<string, number>>()
  const docs = texts.map((t, i) => [...tokenizeWithSurface(t, surface), ...(extra?.[i] ?? [])])
  const ignored = new Set((options.ignoreWords ?? []).flatMap((w) => tokenize(w)))
  const df = new Map<string, number>()
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1)
  const kept = [...df.entries()]
    .filter(([t, n]) => n >= minDf && n <= Math.max(maxDf, minDf) && !ignored.has(t))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, maxTerms)
    .map(([t]) => t)
    .sort()
  const col = new Map(kept.map((t, i) => [t, i]))
  const N = texts.length
  const idf = Float64Array.from(kept, (t) => Math.log((1 + N) / (1 + (df.get(t) as number))) + 1)
  const indptr = new Int32Array(N + 1)
  const idx: number[] = []
  const val: number[] = []
  docs.forEach((d, r) => {
    const counts = new Map<number, number>()
    for (const t of d) {
      const c = col.get(t)
      if (c !== undefined) counts.set(c, (counts.get(c) ?? 0) + 1)
    }
    const cols = [...counts.keys()].sort((a, b) => a - b)
    let norm = 0
    const start = val.length
    for (const c of cols) {
      const w = (1 + Math.log(counts.get(c) as number)) * idf[c]
      idx.push(c)
      val.push(w)
      norm += w * w
    }
    norm = Math.sqrt(norm)
    for (let i = start; i < val.length; i++) val[i] /= norm
    indptr[r + 1] = val.length
  })
  const labels = kept.map((t) => {
    const forms = surface.get(t)
    if (!forms) return t
    let best = t
    let n = -1
    for (const [w, c] of forms) if (c > n || (c === n && w < best)) [best, n] = [w, c]
    return best
  })
  return { matrix: { rows: N, cols: kept.length, indptr, indices: Int32Array.from(idx), values: Float64Array.from(val) }, terms: kept, labels, idf }
}
