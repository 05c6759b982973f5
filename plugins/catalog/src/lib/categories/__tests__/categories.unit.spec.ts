import { analyseCategoryTree } from "../category-tree"
import { suggestCategoryChanges } from "../category-suggestions"
import { analyseNavigation, productViewSources } from "../navigation"

const cats = [
  { id: "home", name: "Home", parentId: null, rank: 0 },
  { id: "kitchen", name: "Kitchen", parentId: "home", rank: 0 },
  { id: "mugs", name: "Mugs", parentId: "kitchen", rank: 0 },
  { id: "plates", name: "Plates", parentId: "kitchen", rank: 1 },
  { id: "bowls", name: "Bowls", parentId: "kitchen", rank: 2 },
  { id: "textiles", name: "Textiles", parentId: "home", rank: 1 },
  { id: "cushions", name: "Cushions", parentId: "textiles", rank: 0 },
  { id: "throws", name: "Throws", parentId: "textiles", rank: 1 },
  { id: "rugs", name: "Rugs", parentId: "textiles", rank: 2 },
  { id: "garden", name: "Garden", parentId: null, rank: 1 },
  { id: "deep1", name: "D1", parentId: "mugs", rank: 0 },
  { id: "deep2", name: "D2", parentId: "deep1", rank: 0 },
  { id: "deep3", name: "D3", parentId: "deep2", rank: 0 },
]
const products = Array.from({ length: 100 }, (_, i) => `p${i}`)
const links = [
  ...products.slice(0, 70).map((p) => ({ productId: p, categoryId: "mugs" })),
  ...products.slice(70, 80).map((p) => ({ productId: p, categoryId: "plates" })),
  ...products.slice(80, 90).map((p) => ({ productId: p, categoryId: "bowls" })),
  { productId: "p90", categoryId: "throws" },
  { productId: "p91", categoryId: "rugs" },
  { productId: "p92", categoryId: "cushions" },
  { productId: "p93", categoryId: "cushions" },
  { productId: "p94", categoryId: "deep3" },
  { productId: "p0", categoryId: "plates" },
]

describe("category tree", () => {
  const r = analyseCategoryTree(cats, links, products, { minProducts: 3 })
  const s = (id: string) => r.categories.find((c) => c.id === id)!
  it("depth, breadth and paths", () => {
    expect(r.roots).toBe(2)
    expect(r.maxDepth).toBe(5)
    expect(s("deep3").path).toEqual(["Home", "Kitchen", "Mugs", "D1", "D2", "D3"])
    expect(s("kitchen").children).toBe(3)
    // parents: home 2, kitchen 3, textiles 3, mugs 1, deep1 1, deep2 1 → 11 / 6
    expect(r.meanBranching).toBeCloseTo(11 / 6, 12)
  })
  it("subtree product counts are distinct products", () => {
    expect(s("kitchen").totalProducts).toBe(91) // p0..p89 and p94 (p0 is in mugs and plates)
    expect(s("home").totalProducts).toBe(95)
    expect(s("plates").directProducts).toBe(11)
  })
  it("flags empty, overloaded, thin and deep categories and products in no category", () => {
    expect(r.empty).toEqual(["garden"])
    expect(r.overloaded).toEqual(["mugs"])
    expect(r.thin.sort()).toEqual(["cushions", "deep3", "rugs", "throws"])
    expect(s("deep3").flags).toContain("deep")
    expect(r.uncategorizedProducts).toEqual(["p95", "p96", "p97", "p98", "p99"])
  })
  it("a parent cycle is reported, not followed", () => {
    const c = analyseCategoryTree([{ id: "a", name: "A", parentId: "b" }, { id: "b", name: "B", parentId: "a" }], [], [])
    expect(c.cycles.sort()).toEqual(["a", "b"])
  })
})

describe("navigation", () => {
  const productCats = (p: string) => ({ p1: ["mugs"], p2: ["plates"], p3: ["bowls"] } as Record<string, string[]>)[p]
  const t = (m: number) => Date.UTC(2025, 0, 1) + m * 60_000
  const events = [
    // s1: mugs → p1 → plates → p2 → order
    { sessionId: "s1", type: "category_viewed", categoryId: "mugs", time: t(0) },
    { sessionId: "s1", type: "product_viewed", productId: "p1", time: t(1) },
    { sessionId: "s1", type: "category_viewed", categoryId: "plates", time: t(2) },
    { sessionId: "s1", type: "product_viewed", productId: "p2", time: t(3) },
    { sessionId: "s1", type: "order_placed", time: t(4) },
    // s2: mugs, leaves
    { sessionId: "s2", type: "category_viewed", categoryId: "mugs", time: t(0) },
    // s3: bowls → p3 → bowls, leaves; events out of order on purpose
    { sessionId: "s3", type: "category_viewed", categoryId: "bowls", time: t(5) },
    { sessionId: "s3", type: "product_viewed", productId: "p3", time: t(1) },
    { sessionId: "s3", type: "category_viewed", categoryId: "bowls", time: t(0) },
    // s4: plates → p1 (a mug seen from plates) → order
    { sessionId: "s4", type: "category_viewed", categoryId: "plates", time: t(0) },
    { sessionId: "s4", type: "product_viewed", productId: "p1", time: t(1) },
    { sessionId: "s4", type: "order_placed", time: t(2) },
  ]
  const nav = analyseNavigation(events, productCats)
  const f = (id: string) => nav.categories.find((c) => c.categoryId === id)!
  it("conversion, exits and click-through per category", () => {
    expect(nav.sessions).toBe(4)
    expect(nav.orderSessions).toBe(2)
    expect(f("mugs")).toMatchObject({ views: 2, sessions: 2, orderSessions: 1, exits: 1, clickThroughSessions: 1, lastTouchOrders: 0 })
    expect(f("plates")).toMatchObject({ sessions: 2, orderSessions: 2, lastTouchOrders: 2, conversion: 1 })
    expect(f("bowls")).toMatchObject({ views: 2, sessions: 1, exits: 1, exitRate: 1, clickThroughSessions: 1 })
  })
  it("transitions and the category paths that end in an order", () => {
    expect(nav.transitions).toEqual([{ from: "mugs", to: "plates", count: 1 }])
    expect(nav.orderPaths).toEqual([
      { path: ["mugs", "plates"], count: 1 },
      { path: ["plates"], count: 1 },
    ])
  })
  it("product views are attributed to the category viewed before them", () => {
    const src = productViewSources(events, productCats)
    expect(src.find((x) => x.productId === "p1")!.viewsFrom).toEqual({ mugs: 1, plates: 1 })
  })
})

describe("suggestions", () => {
  it("merges thin siblings, splits overloaded categories, moves misplaced products and reorders by shrunk conversion", () => {
    const report = analyseCategoryTree(cats, links, products, { minProducts: 3 })
    const flows = [
      { categoryId: "mugs", views: 900, sessions: 800, clickThroughSessions: 0, orderSessions: 40, lastTouchOrders: 0, exits: 0, conversion: 0.05, exitRate: 0, clickThrough: 0 },
      { categoryId: "plates", views: 500, sessions: 400, clickThroughSessions: 0, orderSessions: 60, lastTouchOrders: 0, exits: 0, conversion: 0.15, exitRate: 0, clickThrough: 0 },
      { categoryId: "bowls", views: 4, sessions: 3, clickThroughSessions: 0, orderSessions: 3, lastTouchOrders: 0, exits: 0, conversion: 1, exitRate: 0, clickThrough: 0 },
    ]
    const s = suggestCategoryChanges(cats, report, flows, {
      splitFacets: { mugs: ["Material", "Size"] },
      viewSources: [{ productId: "p91", categories: ["rugs"], viewsFrom: { cushions: 16, rugs: 4 } }],
    })
    expect(s.find((x) => x.kind === "merge" && x.into === null)).toMatchObject({ categoryIds: ["cushions", "rugs", "throws"] })
    expect(s.find((x) => x.kind === "merge" && x.into === "deep2")).toBeTruthy()
    expect(s.find((x) => x.kind === "split")).toMatchObject({ categoryId: "mugs", by: ["Material", "Size"] })
    expect(s.find((x) => x.kind === "move")).toMatchObject({ productId: "p91", to: "cushions" })
    const re = s.find((x) => x.kind === "reorder" && x.parentId === "kitchen")
    if (re?.kind !== "reorder") throw new Error("no reorder suggestion")
    // siblings' mean 103/1203 = 0.0856; bowls' 3 of 3 shrinks to (3 + 50·0.0856)/53 = 0.137, plates' 60 of 400 to
    // (60 + 4.28)/450 = 0.143: three lucky sessions do not outrank 400 good ones
    expect(re.order.map((o) => o.categoryId)).toEqual(["plates", "bowls", "mugs"])
    const bowls = re.order.find((o) => o.categoryId === "bowls")!
    expect(bowls.conversion).toBe(1)
    expect(bowls.adjustedConversion).toBeCloseTo((3 + (50 * 103) / 1203) / 53, 12)
    expect(bowls.currentRank).toBe(2)
  })
})
