import { generateSupportCases } from "../../demo/support-corpus"
import { buildComplaintReport, ComplaintCase } from "../complaint-report"

const DAY = 86_400_000
const start = Date.UTC(2024, 0, 1)
const products = ["Table Lamp", "Linen Shirt", "Wool Throw", "Stoneware Mug", "Chelsea Boots", "Scented Candle"].map((title, i) => ({ id: `prod_${i}`, title, categoryId: `cat_${i % 3}` }))

function scenario() {
  // 120 days of cases; from day 60 the lamp (prod_0) is defective and draws 6x its share
  const cases: ComplaintCase[] = [...generateSupportCases({ cases: 480, seed: 5, start, days: 120, products, messagesPerCase: 2, defect: { productId: "prod_0", fromDay: 60, multiplier: 6 } })].map((c) => ({
    id: c.id,
    at: c.createdAt,
    text: c.messages[0].text,
    reason: c.reason,
    productId: c.product.id,
    categoryIds: [c.product.categoryId],
  }))
  const units = new Map(products.map((p) => [p.id, 400]))
  const cats = new Map(["cat_0", "cat_1", "cat_2"].map((c) => [c, 800]))
  return buildComplaintReport({
    cases,
    now: start + 120 * DAY,
    windowDays: 60,
    unitsSold: { products: { current: units, previous: units }, categories: { current: cats, previous: cats } },
    unitsReturned: { current: new Map([["prod_0", 60], ["prod_1", 12]]), previous: new Map([["prod_0", 10], ["prod_1", 11]]) },
    ignoreWords: products.map((p) => p.title),
    seed: 3,
  })
}

describe("the complaints report", () => {
  const report = scenario()

  it("puts the defective product at the top of complaint and return rates, and names it as what changed", () => {
    expect(report.productRates[0].key).toBe("prod_0")
    expect(report.productRates[0].rate).toBeGreaterThan(2 * report.productRates[1].rate)
    expect(report.returnRates[0].key).toBe("prod_0")
    expect(report.productChanges[0]).toMatchObject({ key: "prod_0", significant: true, direction: "up", comparedTo: "own_history" })
    expect(report.returnChanges[0]).toMatchObject({ key: "prod_0", direction: "up" })
    // the others did not change significantly
    expect(report.productChanges.slice(1).every((c) => c.direction !== "up")).toBe(true)
  })

  it("groups the texts into topics with one that says what is wrong with it", () => {
    expect(report.counts.current + report.counts.previous).toBe(480)
    expect(report.k).toBeGreaterThanOrEqual(3)
    const defective = report.topics.find((t) => t.name === "defective")
    expect(defective).toBeDefined()
    // its complaints rose from the previous window to this one
    expect(defective!.current).toBeGreaterThan(2 * defective!.previous)
    expect(defective!.label).not.toMatch(/lamp/)
    expect(report.trend.length).toBeGreaterThanOrEqual(17)
    expect(Object.keys(report.assignments).length).toBe(480)
  })

  it("is deterministic", () => {
    expect(scenario().assignments).toEqual(report.assignments)
  })
})
