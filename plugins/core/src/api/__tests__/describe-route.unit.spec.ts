import { describeRoute } from "../governance-middlewares"

describe("describeRoute", () => {
  it("says in words what an admin write did", () => {
    const table: [string, string, string][] = [
      ["POST", "/admin/customer-groups", "created customer group"],
      ["POST", "/admin/products/:id", "updated product"],
      ["DELETE", "/admin/price-lists/:id", "deleted price list"],
      ["POST", "/admin/orders/:id/cancel", "cancel order"],
      ["POST", "/admin/payments/:id/refund", "refund payment"],
      ["DELETE", "/admin/customer-groups/:id/customers", "removed customer of customer group"],
      ["POST", "/admin/finesse/costs", "created cost"],
      ["POST", "/admin/finesse/personas/segments/:id/sync", "sync segment"],
      ["POST", "/admin/finesse/personas/recompute", "created recompute"],
      ["POST", "/admin/price-lists/:id/prices/batch", "batch price list"],
      ["POST", "/admin/finesse/pricing/batches/:id/approve", "approve batch"],
      ["POST", "/admin/stock-locations/:id/sales-channels", "sales channels stock location"],
      ["POST", "/admin/finesse/pricing/policies", "created policy"],
      ["POST", "/admin/finesse/after-sales/replies", "created reply"],
      ["POST", "/admin/finesse/promotions/addresses", "created address"],
    ]
    for (const [method, route, words] of table) expect([route, describeRoute(method, route)]).toEqual([route, words])
  })
})
