import { CancellationMatcher, matchCancellations, OrderLine, summarizeMatches } from "../match-cancellations"

const T = (h: number) => Date.UTC(2011, 0, 1, h)
let seq = 0
const line = (invoice: string, customerId: string | null, stockCode: string, quantity: number, hour: number): OrderLine => ({ invoice, customerId, stockCode, quantity, time: T(hour), seq: seq++ })

describe("pairing cancellations with purchases", () => {
  const purchases = [
    line("1001", "c1", "A", 5, 1),
    line("1002", "c1", "A", 3, 2),
    line("1003", "c1", "B", 2, 3),
    line("1004", "c2", "A", 10, 1),
    line("1009", "c1", "A", 4, 9), // after the cancellations below: never matched by them
  ]

  it("allocates most recent first without cancelling more than was bought (LIFO)", () => {
    const cancels = [
      line("C2001", "c1", "A", 6, 5), // 3 from 1002, then 3 from 1001
      line("C2002", "c1", "A", 4, 6), // the 2 left on 1001, 2 unmatched
      line("C2003", "c1", "C", 1, 6), // never bought
      line("C2004", null, "A", 2, 6), // no customer
      line("C2005", "c2", "A", 10, 7), // exactly what c2 bought
    ]
    const { rows, summary, results } = matchCancellations(purchases, cancels)
    expect(rows.map((r) => [r.cancelInvoice, r.matchedInvoice, r.quantity])).toEqual([
      ["C2001", "1002", 3],
      ["C2001", "1001", 3],
      ["C2002", "1001", 2],
      ["C2002", null, 2],
      ["C2003", null, 1],
      ["C2004", null, 2],
      ["C2005", "1004", 10],
    ])
    expect(summary).toEqual({
      cancellationLines: 5,
      fullyMatchedLines: 2,
      partlyMatchedLines: 1,
      unmatchedLines: 2,
      cancelledUnits: 23,
      matchedUnits: 18,
      unmatchedUnits: { noCustomer: 2, noEarlierPurchase: 1, exceedsPurchases: 2 },
    })
    expect(results.map((r) => r.cause)).toEqual([null, "exceeds_purchases", "no_earlier_purchase", "no_customer", null])
    expect(summarizeMatches(results, (c) => c.stockCode === "A")).toMatchObject({ cancellationLines: 4, fullyMatchedLines: 2, cancelledUnits: 22, matchedUnits: 18 })
  })

  it("FIFO takes the oldest purchase first", () => {
    const { rows } = matchCancellations(purchases, [line("C3001", "c1", "A", 6, 5)], "fifo")
    expect(rows.map((r) => [r.matchedInvoice, r.quantity])).toEqual([
      ["1001", 5],
      ["1002", 1],
    ])
  })

  it("processes cancellations in time order whatever order they arrive in, and rows keep file order", () => {
    const m = new CancellationMatcher()
    // purchases fed out of order
    m.addPurchase(line("P2", "c9", "X", 1, 4))
    m.addPurchase(line("P1", "c9", "X", 1, 2))
    const late = line("C-late", "c9", "X", 1, 8)
    const early = line("C-early", "c9", "X", 1, 3) // only P1 is before it
    m.addCancellation(late)
    m.addCancellation(early)
    const { rows } = m.match()
    expect(rows.map((r) => [r.cancelInvoice, r.matchedInvoice])).toEqual([
      ["C-late", "P2"],
      ["C-early", "P1"],
    ])
  })

  it("a purchase in the same minute counts only when it comes first in the file", () => {
    const p = line("P", "c5", "Z", 2, 4)
    const c = line("C", "c5", "Z", 2, 4) // later seq
    expect(matchCancellations([p], [c]).summary.matchedUnits).toBe(2)
    const c0 = { ...c, seq: p.seq - 1 }
    expect(matchCancellations([p], [c0]).summary.matchedUnits).toBe(0)
    expect(() => new CancellationMatcher().addCancellation({ ...c, quantity: 0 })).toThrow(RangeError)
  })
})
