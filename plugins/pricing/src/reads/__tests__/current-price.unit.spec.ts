import { currentPrice, priceKey, type VariantPrices } from "../medusa-prices"

const variant = (base: [string, number][], list: [string, number][]): VariantPrices => ({
  variantId: "v",
  productId: "p",
  priceSetId: "ps",
  sku: null,
  gtins: [],
  collectionId: null,
  categoryIds: [],
  base: new Map(base.map(([k, amount], i) => [k, { priceId: `b${i}`, amount }])),
  list: new Map(list.map(([k, amount], i) => [k, { priceId: `l${i}`, amount }])),
})

describe("the price a customer sees (Medusa's calculatePrices with the Finesse override list)", () => {
  it.each([
    ["no list price: the base price", [[priceKey("eur", null), 4000]], [], "eur", null, 4000, false],
    ["the list's currency price overrides the base", [[priceKey("eur", null), 4000]], [[priceKey("eur", null), 4200]], "eur", null, 4200, true],
    ["a region's own list price wins in that region", [[priceKey("eur", null), 4000]], [[priceKey("eur", null), 4200], [priceKey("eur", "reg_de"), 4100]], "eur", "reg_de", 4100, true],
    ["a region without its own list price gets the list's currency price", [[priceKey("eur", "reg_de"), 3900]], [[priceKey("eur", null), 4200]], "eur", "reg_de", 4200, true],
    ["a region-ruled base price beats the currency base", [[priceKey("eur", null), 4000], [priceKey("eur", "reg_de"), 3900]], [], "eur", "reg_de", 3900, false],
  ] as const)("%s", (_name, base, list, currency, region, amount, fromList) => {
    expect(currentPrice(variant(base as any, list as any), currency, region)).toEqual({ amount, fromList })
  })

  it("is null in a currency the variant has no price in", () => {
    expect(currentPrice(variant([[priceKey("eur", null), 4000]], []), "usd", null)).toBeNull()
  })
})
