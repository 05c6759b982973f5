// Carrier rate tables: one row per (carrier, service, origin country, destination country [+ postcode prefix],
// weight bracket) with a price in integer minor units and a promised transit time. Quoting is a lookup: the
// smallest bracket that holds the parcel, the most specific destination row (longest postcode prefix) per service.

export type RateRow = {
  carrier_code: string
  service: string
  /** ISO 3166-1 alpha-2 lower case; null = from anywhere */
  origin_country: string | null
  dest_country: string
  /** null = the whole country; "1" or "10" = postcodes starting so (the longest matching prefix wins) */
  dest_postcode_prefix: string | null
  /** upper bound of the bracket, grams (inclusive) */
  max_weight_g: number
  /** minor units of currency_code */
  price: number
  currency_code: string
  /** promised business days from hand-over to delivery */
  transit_days: number
}

export type Parcel = {
  origin_country: string
  dest_country: string
  dest_postcode?: string | null
  weight_g: number
}

export type Quote = {
  carrier_code: string
  service: string
  price: number
  currency_code: string
  transit_days: number
  max_weight_g: number
}

const norm = (s: string) => s.toUpperCase().replace(/[\s.\-]/g, "")

/**
 * Every service that can carry the parcel (one quote per carrier + service + currency): rows whose origin and
 * destination match, the most specific destination, the smallest bracket at or above the weight.
 */
export function quoteParcel(rows: readonly RateRow[], parcel: Parcel): Quote[] {
  const origin = parcel.origin_country.toLowerCase()
  const dest = parcel.dest_country.toLowerCase()
  const pc = parcel.dest_postcode ? norm(parcel.dest_postcode) : ""
  // best row per service: (prefix length desc, origin-specific first, bracket asc)
  const best = new Map<string, { row: RateRow; spec: number }>()
  for (const r of rows) {
    if (r.dest_country !== dest) continue
    if (r.origin_country !== null && r.origin_country !== origin) continue
    if (r.max_weight_g < parcel.weight_g) continue
    let spec = 0
    if (r.dest_postcode_prefix) {
      const p = norm(r.dest_postcode_prefix)
      if (!pc.startsWith(p)) continue
      spec = p.length * 2
    }
    if (r.origin_country !== null) spec += 1
    const key = `${r.carrier_code}\u0000${r.service}\u0000${r.currency_code}`
    const cur = best.get(key)
    if (!cur || spec > cur.spec || (spec === cur.spec && r.max_weight_g < cur.row.max_weight_g)) best.set(key, { row: r, spec })
  }
  return [...best.values()]
    .map(({ row }) => ({
      carrier_code: row.carrier_code,
      service: row.service,
      price: row.price,
      currency_code: row.currency_code,
      transit_days: row.transit_days,
      max_weight_g: row.max_weight_g,
    }))
    .sort(compareQuotes)
}

/** Cheaper first, then faster, then by carrier and service code (a stable order for equal offers). */
export function compareQuotes(a: Quote, b: Quote): number {
  return a.price - b.price || a.transit_days - b.transit_days || (a.carrier_code < b.carrier_code ? -1 : a.carrier_code > b.carrier_code ? 1 : 0) || (a.service < b.service ? -1 : a.service > b.service ? 1 : 0)
}

/** The cheapest quote in `currency` (rates in other currencies are not comparable without an exchange rate). */
export function cheapestQuote(rows: readonly RateRow[], parcel: Parcel, currency: string): Quote | null {
  for (const q of quoteParcel(rows, parcel)) if (q.currency_code === currency.toLowerCase()) return q
  return null
}

/** The fastest quote in `currency`, the cheaper one on a tie. */
export function fastestQuote(rows: readonly RateRow[], parcel: Parcel, currency: string): Quote | null {
  const qs = quoteParcel(rows, parcel).filter((q) => q.currency_code === currency.toLowerCase())
  qs.sort((a, b) => a.transit_days - b.transit_days || compareQuotes(a, b))
  return qs[0] ?? null
}

/** An index of rows by destination country, so the routing hot path scans only the rows that can apply. */
export function indexRates(rows: readonly RateRow[]): Map<string, RateRow[]> {
  const m = new Map<string, RateRow[]>()
  for (const r of rows) {
    const list = m.get(r.dest_country) ?? []
    list.push(r)
    m.set(r.dest_country, list)
  }
  return m
}
