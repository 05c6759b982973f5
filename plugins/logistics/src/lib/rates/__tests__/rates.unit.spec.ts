import { majorToMinor, parseRateCsv } from "../rate-csv"
import { cheapestQuote, fastestQuote, quoteParcel, type RateRow } from "../rate-table"

const row = (o: Partial<RateRow>): RateRow => ({
  carrier_code: "dhl", service: "paket", origin_country: "de", dest_country: "de", dest_postcode_prefix: null,
  max_weight_g: 2000, price: 499, currency_code: "eur", transit_days: 2, ...o,
})

const RATES: RateRow[] = [
  row({ max_weight_g: 2000, price: 499 }),
  row({ max_weight_g: 5000, price: 699 }),
  row({ max_weight_g: 31500, price: 1049 }),
  // the same carrier is cheaper inside Berlin (postcodes 10–14 start with 1)
  row({ dest_postcode_prefix: "1", max_weight_g: 2000, price: 449 }),
  row({ carrier_code: "hermes", service: "standard", max_weight_g: 5000, price: 529, transit_days: 3 }),
  row({ carrier_code: "dpd", service: "express", origin_country: null, max_weight_g: 5000, price: 1290, transit_days: 1 }),
  row({ carrier_code: "ups", service: "standard", currency_code: "usd", max_weight_g: 5000, price: 300 }),
]

describe("quoteParcel", () => {
  it("takes the smallest bracket that holds the parcel (inclusive upper bound)", () => {
    const q = (w: number) => quoteParcel(RATES, { origin_country: "de", dest_country: "de", dest_postcode: "80331", weight_g: w }).find((x) => x.carrier_code === "dhl")!
    expect([q(500).price, q(2000).price, q(2001).price, q(5000).price, q(6000).price]).toEqual([499, 499, 699, 699, 1049])
    expect(quoteParcel(RATES, { origin_country: "de", dest_country: "de", weight_g: 40000 })).toEqual([])
  })
  it("prefers the longest matching postcode prefix of a service", () => {
    const berlin = quoteParcel(RATES, { origin_country: "de", dest_country: "de", dest_postcode: "10437", weight_g: 800 })
    expect(berlin.find((x) => x.carrier_code === "dhl")!.price).toBe(449)
    // over the prefix row's bracket, the country row applies
    const heavy = quoteParcel(RATES, { origin_country: "de", dest_country: "de", dest_postcode: "10437", weight_g: 3000 })
    expect(heavy.find((x) => x.carrier_code === "dhl")!.price).toBe(699)
  })
  it("matches origin-free rows from any country and skips rows for another origin", () => {
    const fromFr = quoteParcel(RATES, { origin_country: "fr", dest_country: "de", weight_g: 800 })
    expect(fromFr.map((q) => q.carrier_code)).toEqual(["dpd"])
  })
  it("ranks cheaper first; cheapest and fastest only within the order's currency", () => {
    const p = { origin_country: "de", dest_country: "de", dest_postcode: "80331", weight_g: 800 }
    expect(quoteParcel(RATES, p).map((q) => `${q.carrier_code}:${q.price}`)).toEqual(["ups:300", "dhl:499", "hermes:529", "dpd:1290"])
    expect(cheapestQuote(RATES, p, "EUR")).toMatchObject({ carrier_code: "dhl", price: 499, transit_days: 2 })
    expect(fastestQuote(RATES, p, "eur")).toMatchObject({ carrier_code: "dpd", transit_days: 1 })
    expect(cheapestQuote(RATES, p, "gbp")).toBeNull()
  })
})

describe("rate CSV import", () => {
  it("converts major units to minor units as text, rounding half away from zero", () => {
    expect([majorToMinor("5.90", "eur"), majorToMinor("5,9", "eur"), majorToMinor("1 234.565", "eur"), majorToMinor("12", "jpy"), majorToMinor("0.1", "eur"), majorToMinor("abc", "eur")]).toEqual([
      590, 590, 123457, 12, 10, null,
    ])
    // 0.1 + 0.2 in floats is 0.30000000000000004; as text it is exact
    expect(majorToMinor("0.295", "eur")).toBe(30)
  })
  it("reads rows by header name and reports bad lines with their line numbers", () => {
    const csv = [
      "Carrier,Service,origin_country,dest_country,dest_postcode_prefix,max_weight_kg,price,currency,transit_days",
      "dhl,paket,DE,DE,,2,4.99,EUR,2",
      "dhl,paket,de,de,1,2,\"4,49\",eur,1",
      "hermes,standard,,fr,,5,abc,eur,3",
      "dpd,express,de,Germany,,5,12.90,eur,1",
    ].join("\n")
    const r = parseRateCsv(csv)
    expect(r.lines).toBe(4)
    expect(r.rows).toEqual([
      row({ max_weight_g: 2000, price: 499, transit_days: 2 }),
      row({ dest_postcode_prefix: "1", max_weight_g: 2000, price: 449, transit_days: 1 }),
    ])
    expect(r.errors).toEqual([
      { line: 4, message: 'price "abc" is not an amount' },
      { line: 5, message: 'dest_country "Germany" is not a 2-letter country code' },
    ])
  })
  it("refuses a file without the needed columns", () => {
    expect(parseRateCsv("carrier,price\ndhl,5").errors[0].message).toBe("missing columns: service, dest_country, currency, transit_days, max_weight_g")
  })
})
