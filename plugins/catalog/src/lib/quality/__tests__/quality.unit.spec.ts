import { QUALITY_RULES, resolveRules } from "../registry"
import { scoreCatalog } from "../quality-score"
import { QualityContext, QualityProduct } from "../rule-types"

const NOW = Date.UTC(2025, 5, 1)
const ctx: QualityContext = {
  now: NOW,
  regions: [
    { id: "reg_eu", currency_code: "eur" },
    { id: "reg_us", currency_code: "usd" },
  ],
  zeroResultQueries: [
    { query: "linen cushions", searches: 12 },
    { query: "garden gnome", searches: 30 },
  ],
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ")

const complete: QualityProduct = {
  id: "prod_ok",
  title: "Linen cushion cover, 45 × 45 cm",
  description: `<p>${words(60)}</p>`,
  thumbnail: "a.jpg",
  images: [{ url: "a.jpg" }, { url: "b.jpg" }, { url: "c.jpg" }],
  options: [{ title: "Colour", values: ["Sand", "Slate"] }],
  variants: [
    { id: "v1", title: "Sand", sku: "LC-S", options: { Colour: "Sand" }, prices: [{ currency_code: "eur", amount: 2900 }, { currency_code: "usd", amount: 3200 }], weight: 300, length: 45, width: 45, height: 2, cost: 900 },
    { id: "v2", title: "Slate", sku: "LC-T", options: { Colour: "Slate" }, prices: [{ currency_code: "eur", amount: 2900 }, { currency_code: "usd", amount: 3200 }], weight: 300, length: 45, width: 45, height: 2, cost: 900 },
  ],
  tags: ["cushions"],
  updated_at: NOW - 10 * 86_400_000,
}

const rule = (code: string) => {
  const r = QUALITY_RULES[code]
  return (p: QualityProduct, args: Record<string, unknown> = {}) => r.evaluate(p, { ...r.defaults, ...args }, ctx)
}

describe("quality rules", () => {
  it("codes are stable", () => {
    expect(Object.keys(QUALITY_RULES).sort()).toEqual(["cost_present", "description_length", "images", "prices_all_regions", "search_zero_results", "shipping_dimensions", "stale_content", "title_length", "variants_complete"])
  })

  it.each(Object.keys(QUALITY_RULES))("%s: the complete product passes", (code) => {
    expect(rule(code)(complete)).toMatchObject({ score: 1 })
  })

  it.each([
    ["title_length", { title: "Mug" }, 0.3, /3 characters/, /at least 10/],
    ["title_length", { title: "x".repeat(120) }, 0.5, /120 characters/, /shorten/],
    ["title_length", { title: "" }, 0, /no title/, /write a title/],
    ["description_length", { description: "<b>Soft</b> and warm" }, 3 / 40, /3 words/, /at least 40 words/],
    ["images", { images: [{ url: "a.jpg" }] }, 1 / 3, /1 image/, /add 2 more images/],
    ["images", { images: [] }, 0, /no images/, /add 3 more/],
    ["images", { thumbnail: null }, 0.9, /no thumbnail/, /thumbnail/],
    ["cost_present", { variants: [{ ...complete.variants![0], cost: null }, complete.variants![1]] }, 0.5, /1 of 2 variants/, /unit cost/],
    ["stale_content", { updated_at: new Date(NOW - 500 * 86_400_000).toISOString() }, 1 - 135 / 365, /500 days/, /review/],
  ])("%s fails on %o with score %p", (code, patch, score, message, fix) => {
    const o = rule(code as string)({ ...complete, ...(patch as object) })
    expect(o.score).toBeCloseTo(score as number, 6)
    expect(o.message).toMatch(message as RegExp)
    expect(o.fix).toMatch(fix as RegExp)
  })

  it("prices_all_regions: a variant without a USD price", () => {
    const v = { ...complete.variants![1], prices: [{ currency_code: "eur", amount: 2900 }] }
    const o = rule("prices_all_regions")({ ...complete, variants: [complete.variants![0], v] })
    expect(o.score).toBeCloseTo(0.75, 12)
    expect(o.message).toContain("USD (reg_us): 1 variant")
    // a region-specific price also counts
    const w = { ...v, prices: [...v.prices, { currency_code: "usd", amount: 3000, region_id: "reg_us" }] }
    expect(rule("prices_all_regions")({ ...complete, variants: [complete.variants![0], w] }).score).toBe(1)
  })

  it("variants_complete: missing value, unknown value, duplicate combination, unused value, missing SKU", () => {
    const p: QualityProduct = {
      ...complete,
      options: [{ title: "Colour", values: ["Sand", "Slate", "Moss"] }],
      variants: [
        { id: "a", title: "A", sku: "X", options: { Colour: "Sand" } },
        { id: "b", title: "B", sku: "X", options: { Colour: "Sand" } },
        { id: "c", title: "C", sku: "", options: { Colour: "Pink" } },
        { id: "d", title: "D", sku: "Y", options: {} },
      ],
    }
    const o = rule("variants_complete")(p)
    expect(o.score).toBeLessThan(0.7)
    expect(o.message).toMatch(/variant C has Colour "Pink"/)
    expect(o.fix).toMatch(/SKU/)
    expect(rule("variants_complete")({ ...complete, variants: [] })).toMatchObject({ score: 0, message: "no variants" })
  })

  it("shipping_dimensions: product-level weight counts, missing height does not", () => {
    const vs = complete.variants!.map((v) => ({ ...v, weight: null, height: null }))
    const o = rule("shipping_dimensions")({ ...complete, weight: 300, variants: vs })
    expect(o.score).toBeCloseTo(0.75, 12)
    expect(o.message).toBe("missing height")
    expect(rule("shipping_dimensions")({ ...complete, weight: 300, variants: vs }, { requireDimensions: false }).score).toBe(1)
  })

  it("search_zero_results: a product that nearly matches a zero-result search is told which word to add", () => {
    const p = { ...complete, title: "Linen cushion", tags: [] }
    const o = rule("search_zero_results")({ ...p, description: "soft cover" })
    expect(o.score).toBeLessThan(1)
    expect(o.message).toContain('"linen cushions" (12×)')
    expect(o.fix).toContain('"cushions"')
    // an unrelated product is not blamed for "garden gnome"
    expect(rule("search_zero_results")({ ...complete, title: "Enamel mug", description: "tea" }).score).toBe(1)
  })
})

describe("registry settings", () => {
  it("disables rules, overrides arguments and weights, rejects unknown codes and bad arguments", () => {
    const r = resolveRules([{ code: "images", args: { min: 5 }, weight: 10 }, { code: "stale_content", enabled: false }])
    expect(r.find((x) => x.rule.code === "images")).toMatchObject({ args: { min: 5 }, weight: 10 })
    expect(r.some((x) => x.rule.code === "stale_content")).toBe(false)
    expect(() => resolveRules([{ code: "nope" }])).toThrow(RangeError)
    expect(() => resolveRules([{ code: "images", args: { min: 0 } }])).toThrow(/bad arguments for images/)
  })
})

describe("scoreCatalog", () => {
  it("weighted score per product and a to-do list ranked by the points a fix adds × importance", () => {
    const bare: QualityProduct = { id: "prod_bare", title: "Mug", variants: [{ id: "v", sku: "M1", options: {}, prices: [{ currency_code: "eur", amount: 900 }] }] }
    const out = scoreCatalog([complete, bare], ctx, undefined, (p) => (p.id === "prod_bare" ? 2 : 1))
    expect(out.products[0].score).toBe(100)
    const b = out.products[1]
    // by hand: weights title 2, description 2, images 3, variants 3, prices 4, cost 2, shipping 2, stale 1, search 2 = 21
    // scores: title 0.3, description 0, images 0, variants 1, prices 0.5, cost 0, shipping 0, stale 1 (no date), search 1
    const expected = (2 * 0.3 + 0 + 0 + 3 + 4 * 0.5 + 0 + 0 + 1 + 2) / 21
    expect(b.score).toBeCloseTo(Math.round(1000 * expected) / 10, 9)
    expect(out.averageScore).toBeCloseTo((100 + b.score) / 2, 0)
    // the biggest gain first: images (3 of 21 points = 14.3) on the important product
    expect(out.todo[0]).toMatchObject({ productId: "prod_bare", code: "images", gain: 14.3 })
    expect(out.todo.every((t) => t.productId === "prod_bare")).toBe(true)
    expect(out.todo.map((t) => t.fix).every((f) => f.length > 0)).toBe(true)
  })
})
