import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import type { CurrencyCode, DemoPlan } from "../demo"

/** What a line item copies from the catalog (Medusa snapshots product data onto order lines). */
export type VariantInfo = {
  id: string
  product_id: string
  product_key: string
  sku: string
  title: string
  product_title: string
  product_handle: string
  product_description: string
  product_collection: string | null
  options: Record<string, string>
  category_id: string
  prices: { eur: number; usd: number }
  /** filled by the catalog phase once the inventory items are known */
  inventory_item_id: string | null
}

export type RegionInfo = { id: string; currency_code: CurrencyCode; countries: string[] }

export type ShippingOptionInfo = {
  id: string
  name: string
  /** the warehouse stock location whose fulfillment set holds the option */
  stock_location_id: string
  service_zone_id: string
  fulfillment_set_id: string
  shipping_profile_id: string
  /** region currency, minor units */
  fee: number
  free_from: number
  data: Record<string, unknown>
  type: { id: string; label: string; code: string; description: string }
}

export type PromotionInfo = { id: string; code: string; campaign_id: string | null; budget_id: string | null }

/** key → Medusa id maps filled phase by phase (every phase also reloads what an earlier run already wrote). */
export type SeedIds = {
  store_id: string
  sales_channel_id: string
  shipping_profile_id: string
  regions: Map<string, RegionInfo>
  stockLocations: Map<string, string>
  shippingOptions: Map<string, ShippingOptionInfo>
  returnOptions: Map<string, ShippingOptionInfo>
  categories: Map<string, string>
  collections: Map<string, string>
  products: Map<string, string>
  variants: Map<string, VariantInfo>
  promotions: Map<string, PromotionInfo>
  customers: Map<string, string>
  orders: Map<string, string>
}

export type SeedContext = {
  container: MedusaContainer
  logger: Logger
  /** Medusa's own knex pool (the database the app uses). */
  db: Knex
  plan: DemoPlan
  ids: SeedIds
  now: Date
  /** orders placed through Medusa's own flows (their live server events get moved to the planned times) */
  flowOrderIds: string[]
}

export function emptyIds(): SeedIds {
  return {
    store_id: "",
    sales_channel_id: "",
    shipping_profile_id: "",
    regions: new Map(),
    stockLocations: new Map(),
    shippingOptions: new Map(),
    returnOptions: new Map(),
    categories: new Map(),
    collections: new Map(),
    products: new Map(),
    variants: new Map(),
    promotions: new Map(),
    customers: new Map(),
    orders: new Map(),
  }
}

/** Runs one phase and logs what it wrote and how long it took. */
export async function phase<T>(
  ctx: Pick<SeedContext, "logger">,
  name: string,
  fn: () => Promise<T>,
  describe: (result: T) => string
): Promise<T> {
  const t0 = Date.now()
  const result = await fn()
  ctx.logger.info(`[seed] ${name}: ${describe(result)} in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  return result
}

export const DEMO_SALES_CHANNEL = "Finesse Demo Store"
export const DEMO_KEY_TITLE = "Finesse Demo Storefront"
