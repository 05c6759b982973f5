import { abcXyzMatrix, classifyAbcXyz } from "../abc-xyz"
import { normaliseQuery, searchGaps, thinCategories } from "../assortment-gaps"
import { dropCandidates } from "../drop-candidates"
import { flagSlowMovers } from "../slow-movers"

const NOW = Date.UTC(2025, 5, 1)
const DAY = 86_400_000

describe("ABC × XYZ", () => {
  // hand-worked Pareto: total 10,000; cumulative before each item 0, 50, 75, 85, 92, 96, 98, 99, 99.5, 99.8 %
  const revenue = [5000, 2500, 1000, 700, 400, 200, 100, 50, 30, 20]
  const flat = [10, 10, 10, 10]
  const items = revenue.map((r, i) => ({ id: `p${i}`, revenueMinor: r, demand: i % 3 === 0 ? flat : i % 3 === 1 ? [10, 0, 10, 0] : [0, 0, 0, 40] }))
  const res = classifyAbcXyz(items)
  it.each([
    ["p0", "A"],
    ["p1", "A"],
    ["p2", "A"],
    ["p3", "B"],
    ["p4", "B"],
    ["p5", "C"],
    ["p9", "C"],
  ])("%s is %s", (id, cls) => expect(res.find((r) => r.id === id)!.abc).toBe(cls))
  it("XYZ by coefficient of variation: flat X, on-off (CV 1) Y, one spike (CV √3) Z", () => {
    expect(res[0].xyz).toBe("X")
    expect(res[1].cv).toBeCloseTo(1, 12)
    expect(res[1].xyz).toBe("Y")
    expect(res[2].cv).toBeCloseTo(Math.sqrt(3), 12)
    expect(res[2].xyz).toBe("Z")
  })
  it("the matrix counts every item once", () => {
    const m = abcXyzMatrix(res)
    const total = Object.values(m).reduce((s, row) => s + row.X + row.Y + row.Z, 0)
    expect(total).toBe(10)
    expect(m.A.X + m.A.Y + m.A.Z).toBe(3)
  })
  it("by margin: a best-seller sold at a loss falls to C", () => {
    const r = classifyAbcXyz(
      [
        { id: "loss", revenueMinor: 9000, marginMinor: -100, demand: flat },
        { id: "good", revenueMinor: 1000, marginMinor: 400, demand: flat },
      ],
      { by: "margin" }
    )
    expect(r[0].abc).toBe("C")
    expect(r[1].abc).toBe("A")
  })
})

describe("slow movers and dead stock", () => {
  const base = { unitCostMinor: 250, createdAt: NOW - 400 * DAY }
  it.each([
    [{ id: "dead", onHand: 40, unitsSoldInWindow: 0, lastSoldAt: NOW - 120 * DAY }, "dead"],
    [{ id: "never", onHand: 5, unitsSoldInWindow: 0, lastSoldAt: null }, "dead"],
    [{ id: "slow", onHand: 300, unitsSoldInWindow: 30, lastSoldAt: NOW - 2 * DAY }, "slow"],
    [{ id: "ok", onHand: 30, unitsSoldInWindow: 90, lastSoldAt: NOW - DAY }, "ok"],
    [{ id: "empty", onHand: 0, unitsSoldInWindow: 90, lastSoldAt: NOW - DAY }, "no_stock"],
  ])("%o → %s", (it, status) => {
    const [f] = flagSlowMovers([{ ...base, ...it }], NOW)
    expect(f.status).toBe(status)
    if (status === "dead" || status === "slow") expect(f.reasons.length).toBeGreaterThan(0)
  })
  it("a product launched last week is not dead yet", () => {
    const [f] = flagSlowMovers([{ id: "new", onHand: 50, unitsSoldInWindow: 0, lastSoldAt: null, createdAt: NOW - 7 * DAY }], NOW)
    expect(f.status).toBe("ok")
  })
  it("slow mover: 300 on hand at 30 per 90 days is 900 days of cover, 9 % sell-through, 750.00 tied up", () => {
    const [f] = flagSlowMovers([{ ...base, id: "s", onHand: 300, unitsSoldInWindow: 30, lastSoldAt: NOW - DAY }], NOW)
    expect(f.daysOfCover).toBeCloseTo(900, 9)
    expect(f.sellThrough).toBeCloseTo(30 / 330, 12)
    expect(f.stockValueMinor).toBe(75000)
  })
})

describe("drop candidates", () => {
  const cls = (id: string, abc: "A" | "B" | "C", xyz: "X" | "Y" | "Z") => ({ id, abc, xyz, share: 0.001, cumulativeShare: 1, cv: 2, rank: 1 })
  it("C items with dead stock, erratic demand or thin margins are proposed with their reasons; A items never", () => {
    const dead = flagSlowMovers([{ id: "c1", onHand: 50, unitsSoldInWindow: 0, lastSoldAt: NOW - 200 * DAY, unitCostMinor: 500 }], NOW)[0]
    const list = dropCandidates([
      { id: "c1", classes: cls("c1", "C", "Z"), stock: dead, revenueMinor: 1000, marginMinor: 50 },
      { id: "c2", classes: cls("c2", "C", "X"), revenueMinor: 1000, marginMinor: 500 },
      { id: "a1", classes: cls("a1", "A", "Z"), stock: dead, revenueMinor: 100000, marginMinor: -10 },
      { id: "c3", classes: cls("c3", "C", "X"), revenueMinor: 1000, marginMinor: 400, unitsEarlier: 40, unitsRecent: 5 },
    ])
    expect(list.map((c) => c.id)).toEqual(["c1", "c3"])
    expect(list[0].reasons.join(" | ")).toMatch(/dead stock.*no sale for 200 days/)
    expect(list[0].reasons.join(" | ")).toMatch(/thin margin \(5\.0 %\)/)
    expect(list[1].reasons.join(" | ")).toMatch(/sales falling: 5 units recently vs 40 before/)
  })
  it("a C item that never sold is proposed for having no demand, not for erratic demand", () => {
    const [c] = dropCandidates([{ id: "n1", classes: { ...cls("n1", "C", "Z"), share: 0, cv: NaN }, revenueMinor: 0 }])
    expect(c.reasons).toEqual(["C item: 0.00 % of revenue", "no demand in the window"])
  })
})

describe("assortment gaps", () => {
  it("normalises queries (case, accents, punctuation)", () => {
    expect(normaliseQuery("  Crème-BRÛLÉE  Set! ")).toBe("creme brulee set")
  })
  it("finds terms searched often with no results", () => {
    const ev = [
      ...Array.from({ length: 5 }, () => ({ query: "Velvet cushion", resultCount: 0 })),
      { query: "velvet cushion", resultCount: 1 },
      ...Array.from({ length: 10 }, () => ({ query: "mug", resultCount: 12 })),
      { query: "rare thing", resultCount: 0 },
    ]
    const g = searchGaps(ev)
    expect(g).toHaveLength(1)
    expect(g[0]).toMatchObject({ query: "velvet cushion", searches: 6, zeroResultSearches: 5 })
    expect(g[0].zeroShare).toBeCloseTo(5 / 6, 12)
  })
  it("flags categories viewed far more per product in stock than the median", () => {
    const rows = [
      { categoryId: "mugs", views: 100, productsInStock: 50 },
      { categoryId: "plates", views: 90, productsInStock: 45 },
      { categoryId: "bowls", views: 80, productsInStock: 40 },
      { categoryId: "lamps", views: 120, productsInStock: 4 },
      { categoryId: "empty", views: 30, productsInStock: 0 },
      { categoryId: "quiet", views: 5, productsInStock: 0 },
    ]
    const t = thinCategories(rows)
    expect(t.map((r) => r.categoryId)).toEqual(["lamps", "empty"])
    expect(t[0].viewsPerProduct).toBe(30)
  })
})
