import { customerIndex, orderTableFromFacts, rowsBefore } from "../order-table"

describe("order table", () => {
  const table = orderTableFromFacts([
    { customerId: "b", time: 300, netMinor: 30, itemCount: 3, productIds: ["p2"] },
    { customerId: "a", time: 200, netMinor: 20, itemCount: 2, productIds: ["p1", "p2"], categoryIds: ["toys"] },
    { customerId: "b", time: 100, netMinor: 10, itemCount: 1, discountMinor: 5 },
    { customerId: "a", time: 50, netMinor: 5, itemCount: 1, productIds: ["p3"] },
  ])

  it("groups by customer id (sorted) and orders each customer's rows by time", () => {
    expect(table.customerIds).toEqual(["a", "b"])
    expect([...table.offsets]).toEqual([0, 2, 4])
    expect([...table.time]).toEqual([50, 200, 100, 300])
    expect([...table.netMinor]).toEqual([5, 20, 10, 30])
    expect([...table.discountMinor]).toEqual([0, 0, 5, 0])
  })

  it("keeps each order's lines with it after sorting", () => {
    const products = (row: number) =>
      [...table.productIndex.subarray(table.productOffsets[row], table.productOffsets[row + 1])].map((i) => table.products[i])
    expect(products(0)).toEqual(["p3"])
    expect(products(1)).toEqual(["p1", "p2"])
    expect(products(2)).toEqual([])
    expect(products(3)).toEqual(["p2"])
    expect(table.categories[table.categoryIndex[table.categoryOffsets[1]]]).toBe("toys")
  })

  it("finds the rows before an instant and customers by id", () => {
    expect(rowsBefore(table, 0, 50)).toBe(0) // strictly before
    expect(rowsBefore(table, 0, 51)).toBe(1)
    expect(rowsBefore(table, 1, 1000)).toBe(4)
    expect(customerIndex(table, "b")).toBe(1)
    expect(customerIndex(table, "zz")).toBe(-1)
  })
})
