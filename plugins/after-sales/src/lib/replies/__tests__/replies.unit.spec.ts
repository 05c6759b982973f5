import { Bm25Index } from "../bm25-index"
import { decodeBm25Snapshot, encodeBm25Snapshot } from "../bm25-snapshot"
import { renderReplyTemplate, validateReplyTemplate } from "../reply-template"
import { suggestReplies } from "../suggest-replies"
import { tokenize, tokenizeWithSurface } from "../tokenizer"

describe("tokenizer", () => {
  it.each([
    ["My parcel was DELAYED and the shoes don't fit!", ["parcel", "delay", "shoe", "fit"]],
    ["The customer's refund hasn't arrived", ["custom", "refund", "arriv"]],
    ["Café crème, size 10, order #5551234", ["cafe", "creme", "size", "10", "order"]],
    ["It’s broken — I’d like a replacement", ["broken", "like", "replac"]],
    ["", []],
  ])("%s", (text, terms) => {
    expect(tokenize(text)).toEqual(terms)
  })

  it("keeps the surface words behind stems", () => {
    const surface = new Map<string, Map<string, number>>()
    tokenizeWithSurface("delivery delayed, deliveries late", surface)
    expect([...(surface.get("deliveri") ?? new Map()).entries()]).toEqual([["delivery", 1], ["deliveries", 1]])
    expect(tokenize("Delayed deliveries", { stem: false })).toEqual(["delayed", "deliveries"])
  })
})

describe("saved reply templates", () => {
  it("names unknown variables with a suggestion, and malformed tags", () => {
    const v = validateReplyTemplate("Hi {{ custmer.first_name }}, order {{order.display_id}} / {{order.colour}} {{ }} {{oops")
    expect(v.ok).toBe(false)
    expect(v.variables).toEqual(["order.display_id"])
    expect(v.issues).toEqual([
      { type: "unknown_variable", variable: "custmer.first_name", index: 3, suggestion: "customer.first_name" },
      { type: "unknown_variable", variable: "order.colour", index: 58, suggestion: null },
      { type: "malformed", index: 75, text: "{{ }}" },
      { type: "malformed", index: 81, text: "{{oops" },
    ])
    expect(validateReplyTemplate("Hello {{customer.first_name | there}}, your RMA is {{case.rma_number}}.")).toEqual({ ok: true, variables: ["customer.first_name", "case.rma_number"], issues: [] })
    expect(validateReplyTemplate("{{shop.hours}}", ["shop.hours"]).ok).toBe(true)
  })

  it("renders nested or flat values, with fallbacks, and lists what is missing", () => {
    const tpl = "Hello {{customer.first_name | there}}, order #{{ order.display_id }} is on its way. {{return.label_url}}"
    expect(renderReplyTemplate(tpl, { customer: { first_name: "Ada" }, order: { display_id: 1042 } })).toEqual({
      text: "Hello Ada, order #1042 is on its way. ",
      missing: ["return.label_url"],
    })
    expect(renderReplyTemplate(tpl, { "order.display_id": "7", "return.label_url": "https://x/l.pdf" })).toEqual({
      text: "Hello there, order #7 is on its way. https://x/l.pdf",
      missing: [],
    })
  })
})

describe("BM25", () => {
  // d1 = "refund delayed refund" → [refund, delay, refund] (|d1| = 3)
  // d2 = "parcel delayed"        → [parcel, delay]         (|d2| = 2)
  // d3 = "wrong size shoes"      → [wrong, size, shoe]     (|d3| = 3)
  // N = 3, avgdl = 8/3; query "refund delay"; k1 = 1.2, b = 0.75
  // lucene idf: refund ln(1 + 2.5/1.5) = 0.980829, delay ln(1 + 1.5/2.5) = 0.470004
  // d1: K = 1.2·(0.25 + 0.75·3/(8/3)) = 1.3125; refund 2·2.2/(2 + 1.3125) = 1.328302; delay 2.2/2.3125 = 0.951351
  //     score = 0.980829·1.328302 + 0.470004·0.951351 = 1.749976
  // d2: K = 1.2·(0.25 + 0.75·2/(8/3)) = 0.975; delay 2.2/1.975 = 1.113924; score = 0.470004·1.113924 = 0.523549
  // rsj idf: refund ln(2.5/1.5) = 0.510826, delay ln(1.5/2.5) = −0.510826
  //     d1 = 0.510826·1.328302 − 0.510826·0.951351 = 0.192557; d2 = −0.569016 (not returned: below 0)
  const docs: Array<[string, string]> = [
    ["d1", "refund delayed refund"],
    ["d2", "parcel delayed"],
    ["d3", "wrong size shoes"],
  ]

  it("matches the hand-computed Robertson & Zaragoza scores (k1 = 1.2, b = 0.75)", () => {
    const idx = new Bm25Index()
    for (const [id, text] of docs) idx.add(id, text)
    const hits = idx.search("refund delay")
    expect(hits.map((h) => h.id)).toEqual(["d1", "d2"])
    expect(hits[0].score).toBeCloseTo(1.749976, 5)
    expect(hits[1].score).toBeCloseTo(0.523549, 5)
    expect(idx.idf("refund")).toBeCloseTo(0.980829, 6)
    const rsj = new Bm25Index({ idf: "rsj" })
    for (const [id, text] of docs) rsj.add(id, text)
    expect(rsj.idf("delay")).toBeCloseTo(-0.510826, 6)
    const r = rsj.search("refund delay")
    expect(r.map((h) => h.id)).toEqual(["d1"])
    expect(r[0].score).toBeCloseTo(0.192557, 5)
  })

  it("with b = 0 length does not matter, with k1 = 0 only presence does", () => {
    const flat = new Bm25Index({ b: 0 })
    flat.add("short", "refund")
    flat.add("long", "refund please refund my refund order now")
    flat.add("other", "parcel")
    // b = 0: tf saturation only; long has tf 3: 3·2.2/(3 + 1.2) = 1.571429 vs 1·2.2/2.2 = 1
    const [a, b] = flat.search("refund")
    expect([a.id, b.id]).toEqual(["long", "short"])
    expect(a.score / b.score).toBeCloseTo(1.571429, 5)
    const binary = new Bm25Index({ k1: 0 })
    binary.add("x", "refund refund refund")
    binary.add("y", "refund")
    binary.add("z", "other")
    const h = binary.search("refund")
    expect(h[0].score).toBeCloseTo(h[1].score, 12)
    expect(h).toHaveLength(2)
    const ties = new Bm25Index()
    for (const id of ["p", "q", "r"]) ties.add(id, "refund")
    ties.add("s", "other")
    expect(ties.search("refund").map((x) => x.id)).toEqual(["p", "q", "r"]) // a tie keeps the order of adding
    expect(ties.search("refund", { limit: 2 }).map((x) => x.id)).toEqual(["p", "q"])
  })

  it("replaces, removes and compacts without changing scores", () => {
    const texts = Array.from({ length: 300 }, (_, i) => `case ${i % 7 === 0 ? "refund" : "parcel"} ${i % 3 === 0 ? "late delivery" : "wrong size"} item${i % 11}`)
    const incremental = new Bm25Index()
    texts.forEach((t, i) => incremental.add(`c${i}`, t))
    for (let i = 0; i < 300; i += 2) incremental.remove(`c${i}`)
    incremental.add("c1", "refund refund late") // replace
    const fresh = new Bm25Index()
    texts.forEach((t, i) => {
      if (i % 2 === 1 && i !== 1) fresh.add(`c${i}`, t)
    })
    fresh.add("c1", "refund refund late")
    const q = "refund for a late delivery"
    const a = incremental.search(q, { limit: 20 })
    const b = fresh.search(q, { limit: 20 })
    expect(a.map((h) => h.id)).toEqual(b.map((h) => h.id))
    a.forEach((h, i) => expect(h.score).toBeCloseTo(b[i].score, 10))
    incremental.compact()
    expect(incremental.search(q, { limit: 20 }).map((h) => [h.id, h.score.toFixed(10)])).toEqual(b.map((h) => [h.id, h.score.toFixed(10)]))
    expect(incremental.stats()).toMatchObject({ documents: 150, removed: 0 })
    expect(incremental.remove("nope")).toBe(false)
    expect(incremental.search(q, { exclude: new Set(["c1"]), limit: 1 })[0].id).not.toBe("c1")
  })
})

describe("BM25 snapshots", () => {
  it("reload to the same scores, through one binary blob, and keep growing", () => {
    const idx = new Bm25Index({ k1: 1.5, b: 0.6 })
    const texts = ["refund not received", "parcel arrived damaged", "wrong size shoes", "refund for damaged parcel", "size exchange please", "where is my refund"]
    texts.forEach((t, i) => idx.add(`c${i}`, t, i % 2 ? `macro_${i % 3}` : null))
    idx.remove("c2")
    const blob = encodeBm25Snapshot(idx.toSnapshot())
    const back = Bm25Index.fromSnapshot(decodeBm25Snapshot(blob))
    for (const q of ["refund damaged", "size", "parcel where"]) expect(back.search(q)).toEqual(idx.search(q))
    expect(back.stats()).toMatchObject({ documents: 5, terms: idx.stats().terms })
    back.add("c9", "refund refund refund")
    idx.add("c9", "refund refund refund")
    expect(back.search("refund")).toEqual(idx.search("refund"))
    expect(() => Bm25Index.fromSnapshot({ ...idx.toSnapshot(), version: 2 as 1 })).toThrow(RangeError)
  })
})

describe("suggested replies", () => {
  it("groups similar resolved cases by the reply that resolved them", () => {
    const idx = new Bm25Index()
    idx.add("c1", ["Where is my parcel?", "It has not arrived after ten days"], "macro_where_is_parcel")
    idx.add("c2", "parcel not arrived, tracking shows nothing", "macro_where_is_parcel")
    idx.add("c3", "my parcel arrived damaged, the box was crushed", "macro_damaged")
    idx.add("c4", "I want to change the size of my shoes", "macro_exchange")
    idx.add("c5", "parcel arrived late but fine", null)
    const s = suggestReplies(idx, "my parcel still has not arrived")
    expect(s[0]).toMatchObject({ replyKey: "macro_where_is_parcel", support: 2, caseIds: ["c1", "c2"] })
    expect(s.map((x) => x.replyKey)).not.toContain("macro_exchange")
    expect(s.find((x) => x.replyKey === null)?.caseIds).toEqual(["c5"])
    expect(suggestReplies(new Bm25Index(), "anything")).toEqual([])
  })
})
