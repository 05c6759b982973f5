import { Bm25Index } from "../../replies/bm25-index"
import { suggestReplies } from "../../replies/suggest-replies"
import { compareRates } from "../../complaints/complaint-rates"
import { findComplaintTopics } from "../../complaints/complaint-topics"
import { generateSupportCases, SUPPORT_REASONS } from "../support-corpus"

const products = ["Kettle", "Lamp", "Mug", "Jacket", "Dress", "Shoes", "Cushion", "Candle"].map((title, i) => ({ id: `prod_${i}`, title, categoryId: i < 3 ? "home" : i < 6 ? "apparel" : "decor" }))
const start = Date.parse("2024-01-01T00:00:00Z")

describe("synthetic support corpus", () => {
  it("is deterministic and streams cases in time order", () => {
    const a = [...generateSupportCases({ cases: 50, seed: 3, start, days: 10, products })]
    const b = [...generateSupportCases({ cases: 50, seed: 3, start, days: 10, products })]
    expect(a).toEqual(b)
    expect(a.every((c, i) => i === 0 || c.createdAt >= a[i - 1].createdAt)).toBe(true)
    expect(a[0].messages[0].author).toBe("customer")
    expect(new Set(a.map((c) => c.reason)).size).toBeGreaterThan(4)
    expect(() => generateSupportCases({ cases: 1, start, days: 1, products, defect: { productId: "nope", fromDay: 0, multiplier: 2 } }).next()).toThrow(RangeError)
  })

  it("a planted defect stands out in complaint rates, topics and reply suggestions line up with reasons", () => {
    const cases = [...generateSupportCases({ cases: 1_500, seed: 5, start, days: 60, products, messagesPerCase: 4, defect: { productId: "prod_0", fromDay: 30, multiplier: 4 } })]
    const split = start + 30 * 86_400_000
    const count = (from: number, to: number) =>
      products.map((p) => ({ key: p.id, events: cases.filter((c) => c.createdAt >= from && c.createdAt < to && c.product.id === p.id && c.reason === "defective").length, exposure: 1_000 }))
    const changes = compareRates(count(start, split), count(split, start + 60 * 86_400_000))
    expect(changes[0]).toMatchObject({ key: "prod_0", significant: true, direction: "up" })
    // it leads by far (others move by chance, or fall as the defect takes their share of cases)
    expect(changes[0].z).toBeGreaterThan(3 * Math.max(...changes.slice(1).map((c) => c.z)))

    const agreement = (withReasons: boolean) => {
      const model = findComplaintTopics(
        cases.map((c) => ({ id: c.id, text: c.messages[0].text, reason: c.reason })),
        { k: SUPPORT_REASONS.length, seed: 2, useReasons: withReasons }
      )
      let agree = 0
      for (const r of SUPPORT_REASONS) {
        const counts = new Map<number, number>()
        cases.forEach((c, i) => c.reason === r.code && counts.set(model.assignments[i], (counts.get(model.assignments[i]) ?? 0) + 1))
        agree += Math.max(...counts.values())
      }
      return agree / cases.length
    }
    // share of complaints in their reason's majority topic (0.22 if everything fell in one topic). From the first
    // message's words alone the lexically varied openers ("arrived broken", "box crushed", "dented") split or
    // merge some reasons: about 0.7 here. With reason codes as terms and as seeds the topics follow the reasons (1.0).
    const textOnly = agreement(false)
    const withCodes = agreement(true)
    expect(textOnly).toBeGreaterThan(0.6)
    expect(withCodes).toBeGreaterThan(0.95)

    const index = new Bm25Index()
    for (const c of cases.slice(0, 1_200)) index.add(c.id, c.messages.filter((m) => m.author === "customer").map((m) => m.text), c.replyKey)
    let right = 0
    const held = cases.slice(1_200)
    for (const c of held) if (suggestReplies(index, c.messages[0].text, { limit: 1 })[0]?.replyKey === c.replyKey) right++
    expect(right / held.length).toBeGreaterThan(0.8)
  })
})
