// The routing facts of Medusa's stock locations: a row per stock location in finesse_logistics_location, created
// on first sight with coordinates from the location's metadata (latitude/longitude) or geocoded from its address.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { geocode } from "../lib/geo/geocode"
import { logisticsOf } from "./container"

export type StockLocationLike = {
  id: string
  name: string
  metadata?: Record<string, unknown> | null
  address?: { country_code?: string | null; postal_code?: string | null; city?: string | null } | null
}

/** Coordinates from metadata (what the demo and many imports carry), else from the shipped gazetteer. */
export function locationCoordinates(l: StockLocationLike): { lat: number | null; lng: number | null; source: string | null } {
  const lat = Number(l.metadata?.latitude ?? l.metadata?.lat)
  const lng = Number(l.metadata?.longitude ?? l.metadata?.lng ?? l.metadata?.lon)
  if (Number.isFinite(lat) && Number.isFinite(lng) && l.metadata?.latitude !== undefined) return { lat, lng, source: "metadata" }
  const g = l.address ? geocode(l.address) : null
  return g ? { lat: g.lat, lng: g.lng, source: g.precision } : { lat: null, lng: null, source: null }
}

/** Creates the missing routing rows for these stock locations (idempotent); returns how many it created. */
export async function ensureLocationRows(container: MedusaContainer, stock: readonly StockLocationLike[]): Promise<number> {
  const svc = logisticsOf(container)
  const have = new Set((await svc.listFinesseLogisticsLocations({ stock_location_id: stock.map((s) => s.id) }, { select: ["stock_location_id"] })).map((r: any) => r.stock_location_id))
  const missing = stock.filter((s) => !have.has(s.id))
  if (!missing.length) return 0
  const count = (await svc.listFinesseLogisticsLocations({}, { select: ["id"] })).length
  await svc.createFinesseLogisticsLocations(
    missing.map((s, k) => {
      const c = locationCoordinates(s)
      const cc = s.address?.country_code?.toLowerCase() ?? null
      return {
        stock_location_id: s.id,
        name: s.name,
        country_code: cc,
        postal_code: s.address?.postal_code ?? null,
        city: s.address?.city ?? null,
        lat: c.lat,
        lng: c.lng,
        geocode_source: c.source,
        markets: cc ? [cc] : [],
        daily_capacity: null,
        priority: count + k,
        active: true,
        carrier_cutoff_hour: 14,
      }
    }) as any
  )
  svc.invalidate()
  return missing.length
}

/** Every stock location of the store with its address, for syncing the routing rows. */
export async function listStockLocations(container: MedusaContainer): Promise<StockLocationLike[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "stock_location", fields: ["id", "name", "metadata", "address.country_code", "address.postal_code", "address.city"] })
  return data as StockLocationLike[]
}

export async function syncAllLocations(container: MedusaContainer): Promise<number> {
  return ensureLocationRows(container, await listStockLocations(container))
}
