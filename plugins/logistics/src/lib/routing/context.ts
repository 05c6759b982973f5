import { haversineKm } from "../geo/haversine"
import { cheapestQuote, indexRates, type Quote, type RateRow } from "../rates/rate-table"
import type { RoutingInput, RoutingLocation, StrategyContext } from "./types"

const DIGITS: Record<string, number> = { jpy: 0, krw: 0 }

/** Minor units as "EUR 5.90" (lib has no Intl dependency on the host's locale). */
export function formatMinor(minor: number, currency: string): string {
  const d = DIGITS[currency.toLowerCase()] ?? 2
  const sign = minor < 0 ? "-" : ""
  const a = Math.abs(minor)
  const major = Math.floor(a / 10 ** d)
  const frac = d ? `.${String(a % 10 ** d).padStart(d, "0")}` : ""
  return `${currency.toUpperCase()} ${sign}${major}${frac}`
}

/** The strategies' view of one order: locations by id, distances and quotes computed once. */
export function buildContext(input: RoutingInput): StrategyContext {
  const byId = new Map<string, RoutingLocation>(input.locations.map((l) => [l.id, l]))
  const dist = new Map<string, number | null>()
  const quotes = new Map<string, Quote | null>()
  const rates: readonly RateRow[] = indexRates(input.rates).get(input.destination.country_code.toLowerCase()) ?? []
  return {
    input,
    location(id) {
      const l = byId.get(id)
      if (!l) throw new Error(`unknown location ${id}`)
      return l
    },
    distanceKm(id) {
      if (dist.has(id)) return dist.get(id)!
      const l = byId.get(id)
      const d = input.destination
      const km = l && l.lat !== null && l.lng !== null && d.lat !== null && d.lng !== null ? haversineKm({ lat: l.lat, lng: l.lng }, { lat: d.lat, lng: d.lng }) : null
      dist.set(id, km)
      return km
    },
    quote(id, weightG) {
      const key = `${id}:${weightG}`
      if (quotes.has(key)) return quotes.get(key)!
      const l = byId.get(id)
      const q = l
        ? cheapestQuote(rates, { origin_country: l.country_code, dest_country: input.destination.country_code, dest_postcode: input.destination.postal_code, weight_g: weightG }, input.currency_code)
        : null
      quotes.set(key, q)
      return q
    },
    formatMoney: (minor) => formatMinor(minor, input.currency_code),
  }
}
