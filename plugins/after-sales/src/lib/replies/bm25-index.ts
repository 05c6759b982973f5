import type { Bm25Snapshot } from "./bm25-snapshot"
import { tokenize } from "./tokenizer"

/**
 * An in-memory BM25 index, built one document at a time (a case is added when it is resolved) and queried in
 * milliseconds over 100,000 documents. Postings are typed arrays per term (document index + term frequency),
 * so a million messages take tens of megabytes, not a heap of objects.
 *
 * Scoring (Robertson & Zaragoza 2009, "The Probabilistic Relevance Framework: BM25 and Beyond", eq. 3.15 with
 * the (k1 + 1) factor, query terms counted once):
 *   score(D, Q) = Σ_{t ∈ Q} idf(t) · tf(t, D) · (k1 + 1) / (tf(t, D) + k1 · (1 − b + b · |D| / avgdl))
 * with k1 = 1.2 and b = 0.75 by default. idf "rsj" is the Robertson–Spärck Jones weight
 * ln((N − n + 0.5) / (n + 0.5)), which turns negative for a term in more than half of the documents; "lucene"
 * (the default) is ln(1 + (N − n + 0.5) / (n + 0.5)), always positive, as Lucene and Elasticsearch use.
 */
export type Bm25Options = {
  k1?: number
  b?: number
  idf?: "lucene" | "rsj"
  tokenize?: (text: string) => string[]
}

export type Bm25Hit = { id: string; score: number; replyKey: string | null }

export type Bm25SearchOptions = {
  limit?: number
  /** Document ids to leave out (e.g. the case being answered). */
  exclude?: ReadonlySet<string>
  /** Hits must score above this (default 0). */
  minScore?: number
}

function grow<T extends Int32Array | Uint16Array | Uint8Array | Float64Array>(a: T, min: number): T {
  if (a.length >= min) return a
  let n = Math.max(4, a.length)
  while (n < min) n *= 2
  const b = new (a.constructor as { new (n: number): T })(n)
  b.set(a)
  return b
}

export class Bm25Index {
  readonly k1: number
  readonly b: number
  readonly idfVariant: "lucene" | "rsj"
  private readonly tokenizeText: (text: string) => string[]
  private readonly vocab = new Map<string, number>()
  private postDocs: Int32Array[] = []
  private postTf: Uint16Array[] = []
  private postLen = new Int32Array(1024)
  // per-term scratch for counting term frequencies of the document being added
  private lastDoc = new Int32Array(1024).fill(-1)
  private tfScratch = new Int32Array(1024)
  private docKey: string[] = []
  private docReply: Array<string | null> = []
  private docLen = new Int32Array(1024)
  private alive = new Uint8Array(1024)
  private readonly byKey = new Map<string, number>()
  private live = 0
  private dead = 0
  private totalLen = 0
  // query scratch, reused between queries (the index is used from one thread)
  private scores = new Float64Array(1024)
  private seen = new Int32Array(1024)
  private touched = new Int32Array(1024)
  private epoch = 0

  constructor(options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2
    this.b = options.b ?? 0.75
    this.idfVariant = options.idf ?? "lucene"
    this.tokenizeText = options.tokenize ?? ((t) => tokenize(t))
    if (!(this.k1 >= 0)) throw new RangeError("k1 must be >= 0")
    if (!(this.b >= 0 && this.b <= 1)) throw new RangeError("b must be in [0, 1]")
  }

  /** Live documents. */
  get size(): number {
    return this.live
  }

  has(id: string): boolean {
    return this.byKey.has(id)
  }

  /**
   * Adds (or replaces) a document: its text (one string or several messages) and the key of the reply that
   * resolved it (a saved-reply id, or null for a free-text answer).
   */
  add(id: string, text: string | readonly string[], replyKey: string | null = null): void {
    const terms = typeof text === "string" ? this.tokenizeText(text) : text.flatMap((t) => this.tokenizeText(t))
    this.addTerms(id, terms, replyKey)
  }

  /** add() for text that is already tokenized. */
  addTerms(id: string, terms: readonly string[], replyKey: string | null = null): void {
    if (this.byKey.has(id)) this.remove(id)
    const doc = this.docKey.length
    this.docKey.push(id)
    this.docReply.push(replyKey)
    this.docLen = grow(this.docLen, doc + 1)
    this.alive = grow(this.alive, doc + 1)
    this.docLen[doc] = terms.length
    this.alive[doc] = 1
    this.byKey.set(id, doc)
    this.live++
    this.totalLen += terms.length
    const uniq: number[] = []
    for (const term of terms) {
      let t = this.vocab.get(term)
      if (t === undefined) {
        t = this.postDocs.length
        this.vocab.set(term, t)
        this.postDocs.push(new Int32Array(2))
        this.postTf.push(new Uint16Array(2))
        if (t >= this.postLen.length) {
          this.postLen = grow(this.postLen, t + 1)
          const last = grow(this.lastDoc, t + 1)
          last.fill(-1, this.lastDoc.length)
          this.lastDoc = last
          this.tfScratch = grow(this.tfScratch, t + 1)
        }
      }
      if (this.lastDoc[t] !== doc) {
        this.lastDoc[t] = doc
        this.tfScratch[t] = 1
        uniq.push(t)
      } else this.tfScratch[t]++
    }
    for (const t of uniq) {
      const n = this.postLen[t]
      if (n === this.postDocs[t].length) {
        this.postDocs[t] = grow(this.postDocs[t], n + 1)
        this.postTf[t] = grow(this.postTf[t], n + 1)
      }
      this.postDocs[t][n] = doc
      this.postTf[t][n] = Math.min(this.tfScratch[t], 65_535)
      this.postLen[t] = n + 1
    }
  }

  /** Removes a document (e.g. a case reopened); its postings are skipped until compact(). */
  remove(id: string): boolean {
    const doc = this.byKey.get(id)
    if (doc === undefined) return false
    this.byKey.delete(id)
    this.alive[doc] = 0
    this.live--
    this.dead++
    this.totalLen -= this.docLen[doc]
    if (this.dead > 1024 && this.dead > this.live / 4) this.compact()
    return true
  }

  /** Drops removed documents from the postings and trims spare capacity. */
  compact(): void {
    const n = this.docKey.length
    const remap = new Int32Array(n).fill(-1)
    const keys: string[] = []
    const replies: Array<string | null> = []
    let next = 0
    for (let d = 0; d < n; d++) {
      if (!this.alive[d]) continue
      remap[d] = next
      keys.push(this.docKey[d])
      replies.push(this.docReply[d])
      this.docLen[next] = this.docLen[d]
      next++
    }
    for (let t = 0; t < this.postDocs.length; t++) {
      const docs = this.postDocs[t]
      const tfs = this.postTf[t]
      let m = 0
      for (let i = 0; i < this.postLen[t]; i++) {
        const r = remap[docs[i]]
        if (r < 0) continue
        docs[m] = r
        tfs[m] = tfs[i]
        m++
      }
      this.postDocs[t] = docs.slice(0, Math.max(m, 1))
      this.postTf[t] = tfs.slice(0, Math.max(m, 1))
      this.postLen[t] = m
    }
    this.docKey = keys
    this.docReply = replies
    this.alive = new Uint8Array(Math.max(next, 1024)).fill(1, 0, next)
    this.byKey.clear()
    keys.forEach((k, i) => this.byKey.set(k, i))
    this.lastDoc.fill(-1)
    this.dead = 0
  }

  /** Live documents containing the (already tokenized) term. */
  documentFrequency(term: string): number {
    const t = this.vocab.get(term)
    if (t === undefined) return 0
    if (this.dead === 0) return this.postLen[t]
    let df = 0
    const docs = this.postDocs[t]
    for (let i = 0; i < this.postLen[t]; i++) df += this.alive[docs[i]]
    return df
  }

  /** idf of a term under the index's variant (0 for an unknown term). */
  idf(term: string): number {
    const n = this.documentFrequency(term)
    return n === 0 ? 0 : this.idfOf(n)
  }

  private idfOf(n: number): number {
    const N = this.live
    const ratio = (N - n + 0.5) / (n + 0.5)
    return this.idfVariant === "lucene" ? Math.log(1 + ratio) : Math.log(ratio)
  }

  /** The best-matching documents for a text, highest score first (ties: the earlier added first). */
  search(text: string, options: Bm25SearchOptions = {}): Bm25Hit[] {
    return this.searchTerms(this.tokenizeText(text), options)
  }

  searchTerms(queryTerms: readonly string[], options: Bm25SearchOptions = {}): Bm25Hit[] {
    const limit = options.limit ?? 10
    const minScore = options.minScore ?? 0
    if (this.live === 0 || limit <= 0) return []
    const capacity = this.docKey.length
    if (this.scores.length < capacity) {
      this.scores = grow(this.scores, capacity)
      this.seen = grow(this.seen, capacity)
      this.touched = grow(this.touched, capacity)
    }
    const epoch = ++this.epoch
    const scores = this.scores
    const seen = this.seen
    const touched = this.touched
    const alive = this.alive
    const docLen = this.docLen
    let nTouched = 0
    const avgdl = this.totalLen / this.live || 1
    const k1 = this.k1
    const c1 = k1 * (1 - this.b)
    const c2 = (k1 * this.b) / avgdl
    const done = new Set<number>()
    for (const term of queryTerms) {
      const t = this.vocab.get(term)
      if (t === undefined || done.has(t)) continue
      done.add(t)
      const df = this.dead === 0 ? this.postLen[t] : this.documentFrequency(term)
      if (df === 0) continue
      const w = this.idfOf(df) * (k1 + 1)
      const docs = this.postDocs[t]
      const tfs = this.postTf[t]
      const len = this.postLen[t]
      for (let i = 0; i < len; i++) {
        const d = docs[i]
        if (alive[d] === 0) continue
        const tf = tfs[i]
        const s = (w * tf) / (tf + c1 + c2 * docLen[d])
        if (seen[d] !== epoch) {
          seen[d] = epoch
          scores[d] = s
          touched[nTouched++] = d
        } else scores[d] += s
      }
    }
    // top-k with a binary min-heap on (score, then later document = worse)
    const heap = new Int32Array(Math.min(limit, nTouched))
    let size = 0
    const worse = (a: number, b: number) => scores[a] < scores[b] || (scores[a] === scores[b] && a > b)
    const exclude = options.exclude
    for (let i = 0; i < nTouched; i++) {
      const d = touched[i]
      if (!(scores[d] > minScore)) continue
      if (exclude && exclude.has(this.docKey[d])) continue
      if (size < heap.length) {
        let j = size++
        heap[j] = d
        while (j > 0) {
          const p = (j - 1) >> 1
          if (!worse(heap[j], heap[p])) break
          ;[heap[j], heap[p]] = [heap[p], heap[j]]
          j = p
        }
      } else if (size > 0 && worse(heap[0], d)) {
        heap[0] = d
        let j = 0
        for (;;) {
          const l = 2 * j + 1
          const r = l + 1
          let m = j
          if (l < size && worse(heap[l], heap[m])) m = l
          if (r < size && worse(heap[r], heap[m])) m = r
          if (m === j) break
          ;[heap[j], heap[m]] = [heap[m], heap[j]]
          j = m
        }
      }
    }
    const best = Array.from(heap.subarray(0, size)).sort((a, b) => scores[b] - scores[a] || a - b)
    return best.map((d) => ({ id: this.docKey[d], score: scores[d], replyKey: this.docReply[d] }))
  }

  /**
   * The index as flat typed arrays (removed documents dropped), to persist and reload without re-tokenizing a
   * million messages at start-up; encodeBm25Snapshot (bm25-snapshot.ts) makes it one binary blob.
   */
  toSnapshot(): Bm25Snapshot {
    if (this.dead > 0) this.compact()
    const terms: string[] = new Array(this.vocab.size)
    for (const [term, t] of this.vocab) terms[t] = term
    let total = 0
    for (let t = 0; t < terms.length; t++) total += this.postLen[t]
    const postDocs = new Int32Array(total)
    const postTf = new Uint16Array(total)
    let at = 0
    for (let t = 0; t < terms.length; t++) {
      const n = this.postLen[t]
      postDocs.set(this.postDocs[t].subarray(0, n), at)
      postTf.set(this.postTf[t].subarray(0, n), at)
      at += n
    }
    return {
      version: 1,
      k1: this.k1,
      b: this.b,
      idf: this.idfVariant,
      terms,
      postLen: this.postLen.slice(0, terms.length),
      postDocs,
      postTf,
      docKeys: [...this.docKey],
      docReplies: [...this.docReply],
      docLen: this.docLen.slice(0, this.docKey.length),
    }
  }

  /** Rebuilds an index from toSnapshot() (the tokenizer is not stored: pass the same one if it was custom). */
  static fromSnapshot(s: Bm25Snapshot, options: Pick<Bm25Options, "tokenize"> = {}): Bm25Index {
    if (s.version !== 1) throw new RangeError(`unknown BM25 snapshot version ${s.version}`)
    const idx = new Bm25Index({ k1: s.k1, b: s.b, idf: s.idf, tokenize: options.tokenize })
    const nTerms = s.terms.length
    const nDocs = s.docKeys.length
    idx.postLen = grow(new Int32Array(Math.max(1024, nTerms)), nTerms)
    idx.postLen.set(s.postLen)
    idx.lastDoc = new Int32Array(idx.postLen.length).fill(-1)
    idx.tfScratch = new Int32Array(idx.postLen.length)
    let at = 0
    for (let t = 0; t < nTerms; t++) {
      idx.vocab.set(s.terms[t], t)
      const n = s.postLen[t]
      idx.postDocs.push(s.postDocs.slice(at, at + Math.max(n, 1)))
      idx.postTf.push(s.postTf.slice(at, at + Math.max(n, 1)))
      at += n
    }
    idx.docKey = [...s.docKeys]
    idx.docReply = [...s.docReplies]
    idx.docLen = grow(new Int32Array(1024), nDocs)
    idx.docLen.set(s.docLen)
    idx.alive = grow(new Uint8Array(1024), nDocs)
    idx.alive.fill(1, 0, nDocs)
    s.docKeys.forEach((k, i) => idx.byKey.set(k, i))
    idx.live = nDocs
    idx.totalLen = s.docLen.reduce((a, b) => a + b, 0)
    return idx
  }

  /** Sizes, for a health check and the benchmark. */
  stats(): { documents: number; removed: number; terms: number; postings: number; avgLength: number; bytes: number } {
    let postings = 0
    let bytes = this.postLen.byteLength + this.docLen.byteLength + this.alive.byteLength + this.scores.byteLength * 2 + this.touched.byteLength
    for (let t = 0; t < this.postDocs.length; t++) {
      postings += this.postLen[t]
      bytes += this.postDocs[t].byteLength + this.postTf[t].byteLength
    }
    return { documents: this.live, removed: this.dead, terms: this.vocab.size, postings, avgLength: this.live ? this.totalLen / this.live : 0, bytes }
  }
}
