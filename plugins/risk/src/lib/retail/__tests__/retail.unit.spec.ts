import { DailyGmv, isGmvLine } from "../daily-gmv"
import { flagRetailLines, type RetailLineInput } from "../line-outliers"

const line = (over: Partial<RetailLineInput>): RetailLineInput => ({ invoice: "536365", stockCode: "85123A", quantity: 6, unitPriceMinor: 255, cancelled: false, ...over })

// 30 ordinary sale lines of one product (6–24 units at 2.55 or 2.10) and a few of many others
const base: RetailLineInput[] = [
  ...Array.from({ length: 30 }, (_, i) => line({ invoice: `5${i}`, quantity: [6, 12, 24, 8, 6][i % 5], unitPriceMinor: i % 3 ? 255 : 210 })),
  ...Array.from({ length: 200 }, (_, i) => line({ invoice: `6${i}`, stockCode: `2${String(i % 40).padStart(4, "0")}`, quantity: 1 + (i % 4), unitPriceMinor: 100 + i })),
]

describe("outlier order lines", () => {
  const planted = [
    line({ invoice: "X1", quantity: 74215, unitPriceMinor: 104 }),
    line({ invoice: "CX1", quantity: -74215, unitPriceMinor: 104, cancelled: true }),
    line({ invoice: "X2", quantity: 6, unitPriceMinor: 2500 }),
    line({ invoice: "X3", quantity: 12, unitPriceMinor: 0 }),
    line({ invoice: "X4", stockCode: "M", quantity: 1, unitPriceMinor: 3897000 }),
    line({ invoice: "X5", stockCode: "23843", quantity: 80995, unitPriceMinor: 208 }),
    line({ invoice: "X6", quantity: 48, unitPriceMinor: 255 }),
  ]
  const lines = [...base, ...planted]
  const { flags, stats } = flagRetailLines(lines)
  const byInvoice = new Map(flags.map((f) => [lines[f.index].invoice, f]))

  it("flags exactly the planted lines", () => {
    expect([...byInvoice.keys()].sort()).toEqual(["CX1", "X1", "X2", "X3", "X4", "X5"])
    expect(stats.byCode).toEqual({ adjustment: 1, price_not_positive: 1, quantity_outlier: 3, price_outlier: 1 })
  })

  it("explains each flag with the numbers behind it", () => {
    // 1.04 against the usual 2.55 is 1/2.4: within the price band (z −3.6 at the 0.25 floor), so quantity only
    expect(byInvoice.get("X1")!.codes).toEqual(["quantity_outlier"])
    expect(byInvoice.get("X1")!.reason).toBe("quantity 74215 is 9277× the usual 8 of stock code 85123A (robust z 18.3 on log quantity over 33 sale lines)")
    expect(byInvoice.get("CX1")!.reason).toMatch(/^cancellation of quantity 74215 is 9277× the usual 8/)
    expect(byInvoice.get("X2")!.reason).toMatch(/^unit price 25\.00 is 9\.8× the usual 2\.55 of stock code 85123A \(robust z 9\.1/)
    expect(byInvoice.get("X3")!.reason).toBe("unit price 0.00 (free, a stock write-off, or under half a penny)")
    expect(byInvoice.get("X4")!.codes).toEqual(["adjustment"])
    expect(byInvoice.get("X5")!.reason).toMatch(/^quantity 80995 is 26998× the usual 3 of all lines \(robust z [\d.]+ on log quantity; stock code 23843 has under 20 sale lines\)$/)
  })

  it("does not let the outliers hide themselves: the baseline is median and MAD", () => {
    expect(stats.stockCodesWithBaseline).toBe(1)
    expect(stats.saleLines).toBe(30 + 200 + 4)
    // a 4× line (48 units against the usual 12) is ordinary wholesale, not an outlier
    expect(byInvoice.has("X6")).toBe(false)
  })
})

describe("daily GMV", () => {
  it("sums sales of goods per UTC day, with empty days as 0", () => {
    const g = new DailyGmv()
    const d = (day: number, h = 10) => Date.UTC(2011, 0, day, h)
    const gl = (time: number, over: Partial<RetailLineInput> = {}) => ({ ...line(over), time })
    g.add(gl(d(3), { quantity: 2, unitPriceMinor: 500 }))
    g.add(gl(d(3, 23), { quantity: 1, unitPriceMinor: 250 }))
    g.add(gl(d(3), { stockCode: "POST", quantity: 1, unitPriceMinor: 1800 }))
    g.add(gl(d(3), { cancelled: true, quantity: -2, unitPriceMinor: 500 }))
    g.add(gl(d(5), { quantity: 3, unitPriceMinor: 100 }))
    const s = g.series()
    expect(Array.from(s.values)).toEqual([1250, 0, 300])
    expect(s.startDay).toBe(Date.UTC(2011, 0, 3) / 86_400_000)
    expect(g.counted).toBe(3)
    expect(isGmvLine({ ...line({ unitPriceMinor: 0 }), time: 0 })).toBe(false)
  })
})
