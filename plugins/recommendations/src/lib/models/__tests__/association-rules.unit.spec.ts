import { basketsFromPurchases, loadAssociationRules, rulesFor, trainAssociationRules } from "../association-rules"

// 5 baskets: A in 4, B in 3, C in 3; each pair together in 2
const baskets = [["A", "B"], ["A", "B", "C"], ["A", "C"], ["B", "C"], ["A"]]

describe("association rules", () => {
  const model = trainAssociationRules(baskets, { minSupport: 0.2, minConfidence: 0.6 })

  it("computes support, confidence and lift by hand", () => {
    const bToA = model.rules.find((r) => r.antecedent === "B" && r.consequent === "A")!
    expect(bToA.count).toBe(2)
    expect(bToA.support).toBeCloseTo(0.4, 12) // 2 / 5
    expect(bToA.confidence).toBeCloseTo(2 / 3, 12) // 2 / 3
    expect(bToA.lift).toBeCloseTo(2 / 3 / (4 / 5), 12) // 0.8333
  })

  it("drops rules under the minimum confidence (A → B has 2 / 4 = 0.5) and orders by lift", () => {
    expect(model.rules.some((r) => r.antecedent === "A")).toBe(false)
    // B → C: lift (2/3) / (3/5) = 1.11 beats B → A: (2/3) / (4/5) = 0.83
    expect(model.rules.map((r) => `${r.antecedent}>${r.consequent}`)).toEqual(["B>C", "B>A", "C>B", "C>A"])
  })

  it("drops pairs under the minimum support", () => {
    expect(trainAssociationRules(baskets, { minSupport: 0.5, minConfidence: 0 }).rules).toEqual([])
  })

  it("suggests consequents of the given items, never the items themselves", () => {
    const all = trainAssociationRules(baskets, { minSupport: 0, minConfidence: 0 })
    // cart [B]: B → A (2/3), B → C (2/3): tie broken by id
    expect(rulesFor(all, ["B"], 5)).toEqual([
      { itemId: "A", score: expect.closeTo(2 / 3, 12) },
      { itemId: "C", score: expect.closeTo(2 / 3, 12) },
    ])
    expect(rulesFor(all, ["A", "B"], 5).map((x) => x.itemId)).toEqual(["C"])
  })

  it("groups purchase lines into baskets and survives a JSON round trip", () => {
    expect(
      basketsFromPurchases([
        { userId: "u", itemId: "B", orderId: "o1", time: 0 },
        { userId: "u", itemId: "A", orderId: "o1", time: 0 },
        { userId: "u", itemId: "A", orderId: "o1", time: 0 },
        { userId: "v", itemId: "C", orderId: "o2", time: 0 },
      ])
    ).toEqual([["A", "B"], ["C"]])
    expect(loadAssociationRules(JSON.parse(JSON.stringify(model)))).toEqual(model)
    expect(() => loadAssociationRules({ kind: "ease" })).toThrow()
  })
})
