import { gtinCheckDigit, normalizeGtin, normalizeSku } from "../identifiers"
import { matchOffers } from "../match-products"

describe("GTIN", () => {
  // check digits of published examples (GS1 / Wikipedia "International Article Number", "Universal Product Code")
  it.each([
    ["4006381333931", "04006381333931"], // EAN-13
    ["036000291452", "00036000291452"], // UPC-A
    ["96385074", "00000096385074"], // EAN-8
    ["10012345678902", "10012345678902"], // GTIN-14
    ["590-1234 123457", "05901234123457"], // typed with separators
    [5901234123457, "05901234123457"], // a spreadsheet number
  ])("%p → %s", (raw, gtin14) => {
    expect(normalizeGtin(raw)).toEqual({ ok: true, gtin14 })
  })
  it.each([
    ["4006381333932", /check digit 2, expected 1/],
    ["40063813339", /11 digits/],
    ["40063813339A1", /non-digits/],
    ["00000000", /all zeros/],
    [null, /no GTIN/],
  ])("rejects %p", (raw, reason) => {
    const r = normalizeGtin(raw)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.reason).toMatch(reason)
  })
  it("computes the mod-10 check digit with weights 3, 1 from the right", () => {
    expect(gtinCheckDigit("400638133393")).toBe(1)
    expect(gtinCheckDigit("7351353")).toBe(7)
  })
})

describe("SKU", () => {
  it.each([
    ["ab-12 3", "AB123"],
    ["AB_123", "AB123"],
    ["ＡＢ１２３", "AB123"], // full-width
    ["  mug.blue/xl ", "MUGBLUEXL"],
    ["", null],
    [" - ", null],
    [null, null],
  ])("%p → %p", (raw, want) => expect(normalizeSku(raw)).toBe(want))
})

describe("matching offers to variants", () => {
  const own = [
    { variantId: "v1", productId: "p1", sku: "MUG-BLUE", gtin: "4006381333931" },
    { variantId: "v2", productId: "p2", sku: "mug red", gtin: "036000291452" },
    { variantId: "v3", productId: "p3", sku: "TEE-1", gtin: null },
    { variantId: "v4", productId: "p4", sku: "tee_1", gtin: null }, // same normalised SKU as v3
  ]
  it("prefers manual, then GTIN, then SKU, and never guesses between two variants", () => {
    const r = matchOffers(
      own,
      [
        { competitorId: "a", offerId: "o1", gtin: "04006381333931", sku: "MUG-RED" }, // GTIN beats the SKU
        { competitorId: "a", offerId: "o2", gtin: "0036000291452" }, // UPC-A as EAN-13
        { competitorId: "a", offerId: "o3", sku: "Mug_Red" },
        { competitorId: "b", offerId: "o4", sku: "TEE 1" }, // ambiguous
        { competitorId: "b", offerId: "o5", gtin: "4006381333932" }, // bad check digit: no match
        { competitorId: "b", offerId: "o6", sku: "whatever" }, // manual
      ],
      [{ competitorId: "b", offerId: "o6", variantId: "v3" }]
    )
    expect(r.matches.map((m) => [m.offerId, m.variantId, m.method])).toEqual([
      ["o1", "v1", "gtin"],
      ["o2", "v2", "gtin"],
      ["o3", "v2", "sku"],
      ["o6", "v3", "manual"],
    ])
    expect(r.ambiguous).toEqual([expect.objectContaining({ method: "sku", variantIds: ["v3", "v4"] })])
    expect(r.unmatched.map((o) => o.offerId)).toEqual(["o5"])
  })
})
