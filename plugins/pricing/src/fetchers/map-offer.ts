import { toMinor } from "@finesse/core/lib/money/minor-units"
import { parseObservedAt } from "../lib/competitors/parse-observations-csv"
import { firstJsonPath, selectJsonPath } from "./json-path"
import { FetchError, type FetchedObservation, type FetchTarget } from "./types"

/** Where the fields of an offer are in a competitor's JSON answer. Paths are json-path.ts paths. */
export type OfferMapping = {
  /** path to the list of offers; absent = the answer is one offer */
  items?: string
  /** keep only offers whose value at `path` equals the template (e.g. { path: "sku", equals: "{sku}" }) */
  match?: { path: string; equals: string }
  price: string
  /** "major": 12.99 or "12,99"; "minor": 1299 */
  priceUnit: "major" | "minor"
  /** path to the currency code, or a fixed currencyCode */
  currency?: string
  currencyCode?: string
  /** path to availability: a boolean, a stock count, or text like "InStock", "out_of_stock", schema.org URLs */
  inStock?: string
  /** path to the observation time: ISO 8601, or epoch seconds / milliseconds; absent = the time of the answer */
  observedAt?: string
  offerId?: string
}

const IN = ["instock", "available", "true", "yes", "limitedavailability", "onlineonly", "preorder", "backorder"]
const OUT = ["outofstock", "soldout", "false", "no", "unavailable", "discontinued", "instoreonly"]

export function readAvailability(v: unknown): boolean | null {
  if (typeof v === "boolean") return v
  if (typeof v === "number") return v > 0
  if (typeof v !== "string") return null
  const s = v.trim().toLowerCase().replace(/^https?:\/\/schema\.org\//, "").replace(/[\s_-]/g, "")
  if (/^\d+$/.test(s)) return Number(s) > 0
  if (IN.includes(s)) return true
  if (OUT.includes(s)) return false
  return null
}

/** A price as shops write it ("12.99", "12,99", "€ 1,299.00", 12.99) → a plain decimal string, or null. */
export function readDecimal(v: unknown): string | null {
  if (typeof v === "number") return Number.isFinite(v) && v >= 0 ? String(v) : null
  if (typeof v !== "string") return null
  let s = v.replace(/[^\d.,]/g, "")
  if (s.includes(",") && s.includes(".")) s = s.lastIndexOf(",") > s.lastIndexOf(".") ? s.replace(/\./g, "").replace(",", ".") : s.replace(/,/g, "")
  else if (s.includes(",")) s = /,\d{3}$/.test(s) && !/^0,/.test(s) ? s.replace(/,/g, "") : s.replace(",", ".")
  return /^\d+(\.\d+)?$/.test(s) ? s : null
}

export function fillTemplate(template: string, target: FetchTarget, encode: boolean): string {
  return template.replace(/\{(gtin|sku|offerId|variantId|competitorId)\}/g, (_m, key: keyof FetchTarget) => {
    const v = target[key]
    if (v === null || v === undefined || v === "") throw new FetchError("config", `the template needs {${key}} but the match has none`)
    return encode ? encodeURIComponent(String(v)) : String(v)
  })
}

/** Turns a parsed JSON answer into observations; a malformed offer fails the whole answer with the reason. */
export function mapOffers(body: unknown, mapping: OfferMapping, target: FetchTarget, receivedAt: number, url: string): FetchedObservation[] {
  let items = mapping.items ? selectJsonPath(body, mapping.items) : [body]
  if (mapping.match) {
    const want = fillTemplate(mapping.match.equals, target, false)
    items = items.filter((it) => String(firstJsonPath(it, mapping.match!.path) ?? "") === want)
  }
  return items.map((item, i) => {
    const where = mapping.items ? `offer ${i}` : "the answer"
    const currency = String(mapping.currencyCode ?? firstJsonPath(item, mapping.currency ?? "") ?? "").toLowerCase()
    if (!/^[a-z]{3}$/.test(currency)) throw new FetchError("mapping", `${where}: no ISO currency at ${mapping.currency ?? "currencyCode"}`)
    const raw = firstJsonPath(item, mapping.price)
    let price: number
    if (mapping.priceUnit === "minor") {
      price = typeof raw === "number" ? raw : Number(raw)
      if (!Number.isInteger(price)) throw new FetchError("mapping", `${where}: price ${JSON.stringify(raw)} at ${mapping.price} is not an integer of minor units`)
    } else {
      const dec = readDecimal(raw)
      if (dec === null) throw new FetchError("mapping", `${where}: price ${JSON.stringify(raw)} at ${mapping.price} is not a number`)
      price = toMinor(dec, currency)
    }
    if (!(price > 0)) throw new FetchError("mapping", `${where}: price ${JSON.stringify(raw)} is not positive`)
    let inStock = true
    if (mapping.inStock) {
      const a = readAvailability(firstJsonPath(item, mapping.inStock))
      if (a === null) throw new FetchError("mapping", `${where}: availability ${JSON.stringify(firstJsonPath(item, mapping.inStock))} at ${mapping.inStock} is not understood`)
      inStock = a
    }
    let observedAt = receivedAt
    if (mapping.observedAt) {
      const t = firstJsonPath(item, mapping.observedAt)
      const ms = typeof t === "number" ? (t > 1e11 ? t : t * 1000) : typeof t === "string" ? parseObservedAt(t) : null
      if (ms === null || !Number.isFinite(ms)) throw new FetchError("mapping", `${where}: time ${JSON.stringify(t)} at ${mapping.observedAt} is not ISO 8601 or epoch`)
      // a competitor's clock ahead of ours must not make an observation from the future
      observedAt = Math.min(ms, receivedAt)
    }
    const offer = mapping.offerId ? firstJsonPath(item, mapping.offerId) : target.offerId
    return {
      competitorId: target.competitorId,
      variantId: target.variantId,
      offerId: offer === null || offer === undefined ? null : String(offer),
      price,
      currencyCode: currency,
      inStock,
      observedAt,
      url,
    }
  })
}
