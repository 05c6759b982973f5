import { ownPriceHistory } from "../own-history"

const change = (over: Record<string, unknown>) =>
  ({ batch_id: "b", proposal_id: null, variant_id: "v1", product_id: "p1", currency_code: "eur", region_id: null, price_list_id: "pl", price_id: "pr", previous_price_id: null, previous_amount: null, applied_by: null, id: "c", status: "applied", rolled_back_at: null, rolled_back_by: null, ...over }) as any

describe("our own price history", () => {
  it("is today's price when nothing changed", () => {
    expect(ownPriceHistory([], 1999)).toEqual([{ at: 0, price: 1999, inStock: true }])
    expect(ownPriceHistory([], null)).toEqual([])
  })

  it("starts from the price before the first change, then follows applications and rollbacks in time", () => {
    const t = Date.UTC(2024, 5, 1)
    const changes = [
      change({ old_price: 4000, new_price: 3800, applied_at: new Date(t), status: "rolled_back", rolled_back_at: new Date(t + 5e8) }),
      change({ old_price: 4000, new_price: 3600, applied_at: new Date(t + 9e8) }),
      change({ old_price: 4000, new_price: 3500, applied_at: new Date(t + 2e8), region_id: "reg_us" }),
    ]
    expect(ownPriceHistory(changes, 3600)).toEqual([
      { at: 0, price: 4000, inStock: true },
      { at: t, price: 3800, inStock: true },
      { at: t + 5e8, price: 4000, inStock: true },
      { at: t + 9e8, price: 3600, inStock: true },
    ])
    // the region's own price is a separate history
    expect(ownPriceHistory(changes, 3500, "reg_us").map((p) => p.price)).toEqual([4000, 3500])
  })
})
