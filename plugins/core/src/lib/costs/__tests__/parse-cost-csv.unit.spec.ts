import { parseCostCsv } from "../parse-cost-csv"

describe("parseCostCsv", () => {
  it("reads good rows and reports bad ones by line number", () => {
    const csv = [
      "SKU,Currency_Code,Cost",
      "SHIRT-M,EUR,12.50",
      "SHIRT-M,usd,13",
      ",eur,1",
      "HAT,euro,2",
      "HAT,eur,-2",
      "HAT,eur,abc",
      "",
      "SHIRT-M,eur,12.00",
      '"QUOTED, SKU",eur,0.99',
    ].join("\n")
    const r = parseCostCsv(csv)
    expect(r.fatal).toBeUndefined()
    expect(r.rows).toEqual([
      { line: 2, sku: "SHIRT-M", variant_id: null, currency_code: "eur", cost: "12.50" },
      { line: 3, sku: "SHIRT-M", variant_id: null, currency_code: "usd", cost: "13" },
      { line: 10, sku: "QUOTED, SKU", variant_id: null, currency_code: "eur", cost: "0.99" },
    ])
    expect(r.errors).toEqual([
      { line: 4, message: "sku or variant_id is required" },
      { line: 5, message: 'currency_code "euro" is not an ISO 4217 code' },
      { line: 6, message: 'cost "-2" is not a non-negative decimal number' },
      { line: 7, message: 'cost "abc" is not a non-negative decimal number' },
      { line: 9, message: "duplicate of line 2 (same sku and currency)" },
    ])
  })

  it("accepts variant ids and rejects a file without the needed columns", () => {
    expect(parseCostCsv("variant_id,currency_code,cost\nvariant_1,eur,5").rows[0]).toMatchObject({ variant_id: "variant_1", sku: null })
    expect(parseCostCsv("sku,price\nA,1").fatal).toBe("the header must name currency_code, cost (found: sku, price)")
    expect(parseCostCsv("").fatal).toBe("the file is empty")
  })
})
