import { neighboursOf } from "../neighbour-list"
import { documentTerms, loadContentSimilarity, serialiseContentSimilarity, tokenize, trainContentSimilarity } from "../content-tfidf"

describe("tokenize", () => {
  it("lower-cases, folds accents, drops stop words and 1-letter tokens", () => {
    expect(tokenize("The Crème-Brûlée SET of 4 Mugs, x")).toEqual(["creme", "brulee", "mugs"])
  })
  it("weights fields and keeps categories whole", () => {
    const tf = documentTerms({ id: "p", title: "Red mug", description: "mug", categories: ["kitchen ware"] })
    expect(Object.fromEntries(tf)).toEqual({ red: 2, mug: 3, "category:kitchen ware": 3 })
  })
})

describe("content similarity", () => {
  // category x in P1..P3, tags: P1, P2 red; P3, P4 blue; P4 in category y (df 1: dropped)
  const docs = [
    { id: "P1", categories: ["x"], tags: ["red"] },
    { id: "P2", categories: ["x"], tags: ["red"] },
    { id: "P3", categories: ["x"], tags: ["blue"] },
    { id: "P4", categories: ["y"], tags: ["blue"] },
  ]
  const list = trainContentSimilarity(docs, { maxDocShare: 1 })

  it("computes TF-IDF cosines by hand", () => {
    // idf(category:x) = ln(5/4) + 1, idf(tag) = ln(5/3) + 1; tf weight 1 + ln(3) for a category, 1 + ln(2) for a tag
    const cx = (1 + Math.log(3)) * (Math.log(5 / 4) + 1)
    const tg = (1 + Math.log(2)) * (Math.log(5 / 3) + 1)
    expect(neighboursOf(list, "P1")).toEqual([
      { itemId: "P2", score: expect.closeTo(1, 6) },
      { itemId: "P3", score: expect.closeTo((cx * cx) / (cx * cx + tg * tg), 6) },
    ])
    // P4 only has "tag:blue" left: cos(P3, P4) = tg / ‖P3‖
    expect(neighboursOf(list, "P4")).toEqual([{ itemId: "P3", score: expect.closeTo(tg / Math.hypot(cx, tg), 6) }])
  })

  it("drops terms shared by most products (maxDocShare)", () => {
    const strict = trainContentSimilarity(docs, { maxDocShare: 0.5 })
    // category:x is in 3 of 4 products: dropped, so P1 and P3 no longer match
    expect(neighboursOf(strict, "P1").map((n) => n.itemId)).toEqual(["P2"])
  })

  it("round-trips through JSON", () => {
    const back = loadContentSimilarity(JSON.parse(JSON.stringify(serialiseContentSimilarity(list))))
    expect(neighboursOf(back, "P1")).toEqual(neighboursOf(list, "P1"))
  })
})
