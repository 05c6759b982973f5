/** A BM25 index as flat typed arrays (Bm25Index.toSnapshot / Bm25Index.fromSnapshot), and its binary form. */
export type Bm25Snapshot = {
  version: 1
  k1: number
  b: number
  idf: "lucene" | "rsj"
  terms: string[]
  /** Postings per term, concatenated in term order. */
  postLen: Int32Array
  postDocs: Int32Array
  postTf: Uint16Array
  docKeys: string[]
  docReplies: Array<string | null>
  docLen: Int32Array
}

/** One binary blob: a 4-byte header length, a JSON header (strings and parameters), then the typed arrays. */
export function encodeBm25Snapshot(s: Bm25Snapshot): Uint8Array {
  const header = new TextEncoder().encode(
    JSON.stringify({ version: s.version, k1: s.k1, b: s.b, idf: s.idf, terms: s.terms, docKeys: s.docKeys, docReplies: s.docReplies, lengths: [s.postLen.length, s.postDocs.length, s.docLen.length] })
  )
  const pad = (n: number) => (n + 3) & ~3
  const headerBytes = pad(4 + header.length)
  const size = headerBytes + s.postLen.byteLength + s.postDocs.byteLength + s.docLen.byteLength + pad(s.postTf.byteLength)
  const out = new Uint8Array(size)
  new DataView(out.buffer).setUint32(0, header.length, true)
  out.set(header, 4)
  let at = headerBytes
  for (const a of [s.postLen, s.postDocs, s.docLen, s.postTf]) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at)
    at += pad(a.byteLength)
  }
  return out
}

export function decodeBm25Snapshot(bytes: Uint8Array): Bm25Snapshot {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const headerLength = view.getUint32(0, true)
  const h = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength)))
  const [nTerms, nPostings, nDocs] = h.lengths as number[]
  let at = (4 + headerLength + 3) & ~3
  // copies, so the result does not depend on the alignment of the caller's buffer
  const take = (bytesLen: number) => {
    const b = bytes.slice(at, at + bytesLen)
    at += (bytesLen + 3) & ~3
    return b.buffer
  }
  const postLen = new Int32Array(take(nTerms * 4))
  const postDocs = new Int32Array(take(nPostings * 4))
  const docLen = new Int32Array(take(nDocs * 4))
  const postTf = new Uint16Array(take(nPostings * 2))
  return { version: h.version, k1: h.k1, b: h.b, idf: h.idf, terms: h.terms, docKeys: h.docKeys, docReplies: h.docReplies, postLen, postDocs, postTf, docLen }
}
