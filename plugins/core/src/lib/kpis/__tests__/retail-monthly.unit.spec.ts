import { monthlyRetailKpis, RetailMonthlyAggregator, type OrderLineInput } from "../retail-monthly"

const t = (iso: string) => Date.parse(iso)

function line(invoice: string, iso: string, quantity: number, unitPriceMinor: number, customerId: string | null): OrderLineInput {
  return { invoice, time: t(iso), quantity, unitPriceMinor, customerId, cancelled: invoice.startsWith("C") }
}

// January: A orders twice (1, 2), B once (3), an anonymous order (4), a price-0 adjustment (5), a cancellation (C6).
// February: nothing. March: A again (7, new? no), C for the first time (8), a cancelled invoice of C (C9).
const lines: OrderLineInput[] = [
  line("1", "2011-01-03T10:00:00Z", 2, 150, "A"), // 300
  line("1", "2011-01-03T10:00:00Z", 1, 1000, "A"), // 1000
  line("3", "2011-01-04T10:00:00Z", 1, 500, "B"), // 500
  line("2", "2011-01-20T10:00:00Z", 3, 100, "A"), // 300
  line("4", "2011-01-21T10:00:00Z", 4, 250, null), // 1000, no customer
  line("5", "2011-01-22T10:00:00Z", -10, 0, null), // adjustment: neither GMV nor order
  line("1", "2011-01-03T10:00:00Z", -1, 150, "A"), // negative correction inside order 1: not GMV
  line("C6", "2011-01-25T10:00:00Z", -1, 500, "B"), // cancellation
  line("8", "2011-03-02T10:00:00Z", 1, 999, "C"), // 999
  line("7", "2011-03-05T10:00:00Z", 1, 1, "A"), // 1
  line("C9", "2011-03-06T10:00:00Z", -1, 999, "C"),
]

describe("monthlyRetailKpis", () => {
  const rows = monthlyRetailKpis(lines)

  it("gives one row per month, with empty months as zeros", () => {
    expect(rows.map((r) => r.month)).toEqual(["2011-01", "2011-02", "2011-03"])
    expect(rows[1]).toEqual({
      month: "2011-02",
      gmvMinor: 0,
      orders: 0,
      customers: 0,
      newCustomers: 0,
      returningCustomers: 0,
      repeatCustomers: 0,
      repeatRate: null,
      invoices: 0,
      cancellations: 0,
      cancellationRate: null,
    })
  })

  it("computes January by hand", () => {
    expect(rows[0]).toEqual({
      month: "2011-01",
      gmvMinor: 300 + 1000 + 500 + 300 + 1000,
      orders: 4, // 1, 2, 3, 4
      customers: 2, // A, B (the anonymous order counts for GMV and orders only)
      newCustomers: 2,
      returningCustomers: 0,
      repeatCustomers: 1, // A with orders 1 and 2
      repeatRate: 0.5,
      invoices: 6, // 1, 2, 3, 4, 5, C6
      cancellations: 1,
      cancellationRate: 1 / 6,
    })
  })

  it("tells new from returning customers across months", () => {
    expect(rows[2]).toMatchObject({
      gmvMinor: 1000,
      orders: 2,
      customers: 2,
      newCustomers: 1, // C
      returningCustomers: 1, // A
      repeatCustomers: 0,
      repeatRate: 0,
      invoices: 3,
      cancellations: 1,
      cancellationRate: 1 / 3,
    })
  })

  it("does not depend on line order", () => {
    const reversed = monthlyRetailKpis([...lines].reverse())
    expect(reversed).toEqual(rows)
  })

  it("sums totals with each order and customer once", () => {
    const agg = new RetailMonthlyAggregator()
    lines.forEach((l) => agg.add(l))
    expect(agg.totals()).toEqual({ gmvMinor: 4100, orders: 6, customers: 3, invoices: 9, cancellations: 2 })
  })

  it("is empty without lines", () => {
    expect(monthlyRetailKpis([])).toEqual([])
  })
})
