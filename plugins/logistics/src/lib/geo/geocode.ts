// Offline geocoding from the shipped gazetteer (centroids-data.ts): exact postcode, then the longest known postcode
// prefix, then the city, then the country's centre. Every answer says how precise it is, so callers (nearest
// location, carrier zones, dispatch, network analysis) can tell a postcode centroid from a country guess.
import { GAZETTEER, type Coord, type CountryGazetteer } from "./centroids-data"
import type { LatLng } from "./haversine"

export type GeocodePrecision = "postcode" | "postcode_area" | "city" | "country"

export type GeocodeResult = LatLng & {
  precision: GeocodePrecision
  /** what matched: the postcode, the prefix, the city key or the country code */
  matched: string
}

export type AddressLike = {
  country_code?: string | null
  postal_code?: string | null
  city?: string | null
}

/** Upper case, no spaces, dashes or dots; a US ZIP+4 keeps its five digits. */
export function normalisePostcode(country: string, postcode: string): string {
  const p = postcode.toUpperCase().replace(/[\s.\-]/g, "")
  if (country === "us" && /^\d{9}$/.test(p)) return p.slice(0, 5)
  return p
}

/** Lower case, diacritics removed, apostrophes and runs of punctuation as one space ("'s-Gravenhage" → "s-gravenhage"). */
export function normaliseCity(city: string): string {
  return city
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9-]+/g, " ")
    .trim()
}

const at = (c: Coord, precision: GeocodePrecision, matched: string): GeocodeResult => ({ lat: c[0], lng: c[1], precision, matched })

// the longest prefix per country, so the prefix search is a bounded loop
const MAX_AREA: Record<string, number> = {}
for (const [cc, g] of Object.entries(GAZETTEER)) MAX_AREA[cc] = Math.max(0, ...Object.keys(g.areas).map((k) => k.length))

/**
 * Coordinates of an address from the gazetteer, or null when its country is not covered. `minPrecision` refuses
 * coarser answers (e.g. "city" returns null rather than a country centre).
 */
export function geocode(address: AddressLike, opts: { minPrecision?: GeocodePrecision; gazetteer?: Record<string, CountryGazetteer> } = {}): GeocodeResult | null {
  const cc = (address.country_code ?? "").toLowerCase()
  const g = (opts.gazetteer ?? GAZETTEER)[cc]
  if (!g) return null
  const order: GeocodePrecision[] = ["postcode", "postcode_area", "city", "country"]
  const allowed = order.slice(0, order.indexOf(opts.minPrecision ?? "country") + 1)
  const ok = (p: GeocodePrecision) => allowed.includes(p)
  if (address.postal_code) {
    const pc = normalisePostcode(cc, address.postal_code)
    const exact = g.postcodes[pc]
    if (exact) return at(exact, "postcode", pc)
    if (ok("postcode_area")) {
      const maxLen = opts.gazetteer ? Math.max(0, ...Object.keys(g.areas).map((k) => k.length)) : MAX_AREA[cc]
      for (let len = Math.min(maxLen, pc.length); len >= 1; len--) {
        const hit = g.areas[pc.slice(0, len)]
        if (hit) return at(hit, "postcode_area", pc.slice(0, len))
      }
    }
  }
  if (address.city && ok("city")) {
    const key = normaliseCity(address.city)
    const hit = g.cities[key]
    if (hit) return at(hit, "city", key)
  }
  return ok("country") ? at(g.centre, "country", cc) : null
}

/** The countries the gazetteer covers. */
export function gazetteerCountries(): string[] {
  return Object.keys(GAZETTEER).sort()
}

/** Every city of the gazetteer for the given countries (candidate sites for a distribution centre). */
export function gazetteerCities(countries?: readonly string[]): { country_code: string; city: string; lat: number; lng: number }[] {
  const out: { country_code: string; city: string; lat: number; lng: number }[] = []
  for (const [cc, g] of Object.entries(GAZETTEER)) {
    if (countries && !countries.includes(cc)) continue
    const seen = new Set<string>()
    for (const [city, c] of Object.entries(g.cities)) {
      // aliases (munich / munchen) share one coordinate: list the place once
      const k = `${c[0]},${c[1]}`
      if (seen.has(k)) continue
      seen.add(k)
      out.push({ country_code: cc, city, lat: c[0], lng: c[1] })
    }
  }
  return out
}
