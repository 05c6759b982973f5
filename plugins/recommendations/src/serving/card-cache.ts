import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability, QueryContext } from "@medusajs/framework/utils"
import { toMinor } from "@finesse/core/lib/money/minor-units"

/** What a product card shows, independent of region and stock: loaded once per product. */
export type BaseCard = {
  id: string
  title: string
  subtitle: string | null
  handle: string
  thumbnail: string | null
  status: string
  is_giftcard: boolean
  collection_id: string | null
  category_ids: string[]
  tag_ids: string[]
  channels: Set<string>
  created_at: number
  variants: { id: string; title: string | null; sku: string | null; manage_inventory: boolean; allow_backorder: boolean }[]
}

/** Medusa's calculated price of a variant for one pricing context (amounts in major units, as Medusa returns them). */
export type PriceInfo = {
  /** calculated_amount in integer minor units (for margins), converted once when loaded */
  calculated_minor: number
  calculated_amount: number
  original_amount: number
  currency_code: string
  is_calculated_price_price_list: boolean
  is_calculated_price_tax_inclusive: boolean
  price_list_type: string | null
}

export type Card = {
  base: BaseCard
  variant: { id: string; title: string | null; sku: string | null }
  price: PriceInfo
  /** Available units in the sales channel; null when the variant's inventory is not managed (always buyable). */
  inventory_quantity: number | null
}

/** The pricing context of a request: region and currency, plus the customer's groups (group price lists). */
export type PricingContext = { region_id: string | null; currency_code: string; customer_group_ids: string[] }

export function priceKeyOf(p: PricingContext): string {
  return `${p.region_id ?? "-"}|${p.currency_code}|${p.customer_group_ids.join(",")}`
}

type Entry<T> = { v: T; at: number }

const BASE_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "thumbnail",
  "status",
  "is_giftcard",
  "collection_id",
  "created_at",
  "categories.id",
  "tags.id",
  "sales_channels.id",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.manage_inventory",
  "variants.allow_backorder",
]

const BATCH = 200

/**
 * The in-memory cache of priced product cards that lets serving answer without a query per request. Three layers,
 * each loaded in batches through Medusa (query.graph for products and prices with Medusa's pricing context, Medusa's
 * own availability computation for stock) and dropped by the catalog subscribers when a product, a price or stock
 * changes: product data per product, prices per variant and pricing context, availability per variant and sales
 * channel. Entries older than `ttlMs` are still served while a background refresh replaces them (a safety net for
 * changes without events, e.g. a price list that starts at midnight); dropped entries are reloaded before answering.
 */
export class CardCache {
  private readonly base = new Map<string, Entry<BaseCard | null>>()
  private readonly prices = new Map<string, Map<string, Entry<PriceInfo | null>>>()
  private readonly stock = new Map<string, Map<string, Entry<number | null>>>()
  private readonly inflight = new Map<string, Promise<void>>()
  stats = { loads: 0, hits: 0, misses: 0 }

  /** Products whose price and stock entries for a context (price key + channel) are all present, with when. */
  private readonly complete = new Map<string, Map<string, number>>()

  constructor(
    private readonly container: () => MedusaContainer,
    private readonly ttlMs = 300_000,
    /** Called whenever cached data is dropped or replaced (lists built from it are stale). */
    private readonly onChange: () => void = () => undefined
  ) {}

  private get query() {
    return this.container().resolve(ContainerRegistrationKeys.QUERY)
  }

  get sizes() {
    let prices = 0
    let stock = 0
    for (const m of this.prices.values()) prices += m.size
    for (const m of this.stock.values()) stock += m.size
    return { products: this.base.size, prices, stock, price_contexts: this.prices.size, channels: this.stock.size }
  }

  /** Loads what is missing for these products in this context (and refreshes stale entries in the background). */
  async ensure(productIds: readonly string[], pricing: PricingContext, channelId: string, now = Date.now()): Promise<void> {
    await this.ensureBase(productIds, now)
    await this.ensurePricesAndStock(productIds, pricing, channelId, now)
  }

  /** Loads product data (not prices or stock) for these products. */
  async ensureBase(productIds: readonly string[], now = Date.now()): Promise<void> {
    const missing: string[] = []
    const stale: string[] = []
    for (const id of new Set(productIds)) {
      const e = this.base.get(id)
      if (!e) missing.push(id)
      else if (now - e.at >= this.ttlMs) stale.push(id)
    }
    if (missing.length) await this.loadBase(missing)
    if (stale.length) void this.loadBase(stale).catch(() => undefined)
  }

  private async ensurePricesAndStock(productIds: readonly string[], pricing: PricingContext, channelId: string, now: number) {
    const key = priceKeyOf(pricing)
    const ctx = `${key}#${channelId}`
    const done = this.complete.get(ctx) ?? this.complete.set(ctx, new Map()).get(ctx)!
    // the common case: every product already complete and fresh in this context
    let all = true
    for (const id of productIds) {
      const at = done.get(id)
      if (at === undefined || now - at >= this.ttlMs) {
        all = false
        break
      }
    }
    if (all) {
      this.stats.hits++
      return
    }
    const priceMap = this.prices.get(key) ?? this.prices.set(key, new Map()).get(key)!
    const stockMap = this.stock.get(channelId) ?? this.stock.set(channelId, new Map()).get(channelId)!
    const needPrice: string[] = []
    const stalePrice: string[] = []
    const needStock: string[] = []
    const staleStock: string[] = []
    for (const id of productIds) {
      const b = this.base.get(id)?.v
      if (!b) continue
      for (const v of b.variants) {
        const p = priceMap.get(v.id)
        if (!p) needPrice.push(v.id)
        else if (now - p.at >= this.ttlMs) stalePrice.push(v.id)
        if (v.manage_inventory && !v.allow_backorder) {
          const s = stockMap.get(v.id)
          if (!s) needStock.push(v.id)
          else if (now - s.at >= this.ttlMs) staleStock.push(v.id)
        }
      }
    }
    const waits: Promise<void>[] = []
    if (needPrice.length) waits.push(this.loadPrices(key, pricing, needPrice))
    if (needStock.length) waits.push(this.loadStock(channelId, needStock))
    if (waits.length) this.stats.misses++
    else this.stats.hits++
    await Promise.all(waits)
    const at = Date.now()
    for (const id of productIds) if (this.base.get(id)?.v && !stalePrice.length && !staleStock.length) done.set(id, at)
    if (stalePrice.length) void this.loadPrices(key, pricing, stalePrice).catch(() => undefined)
    if (staleStock.length) void this.loadStock(channelId, staleStock).catch(() => undefined)
  }

  /** undefined: not loaded; null: the product does not exist. */
  baseCard(productId: string): BaseCard | null | undefined {
    return this.base.get(productId)?.v
  }

  /**
   * The card to show, or null when the product cannot be recommended here: not published, a gift card, not in the
   * sales channel, or no variant that is both priced in this context and in stock. Picks the cheapest such variant.
   */
  card(productId: string, pricing: PricingContext, channelId: string): Card | null {
    const b = this.base.get(productId)?.v
    if (!b || b.status !== "published" || b.is_giftcard || !b.channels.has(channelId)) return null
    const priceMap = this.prices.get(priceKeyOf(pricing))
    const stockMap = this.stock.get(channelId)
    let best: Card | null = null
    for (const v of b.variants) {
      const price = priceMap?.get(v.id)?.v
      if (!price || !(price.calculated_amount > 0)) continue
      let qty: number | null = null
      if (v.manage_inventory && !v.allow_backorder) {
        const s = stockMap?.get(v.id)
        if (!s || s.v === null || s.v <= 0) continue
        qty = s.v
      }
      if (!best || price.calculated_amount < best.price.calculated_amount) {
        best = { base: b, variant: { id: v.id, title: v.title, sku: v.sku }, price, inventory_quantity: qty }
      }
    }
    return best
  }

  /** Drops everything cached about these products (their data, prices and stock); the next request reloads them. */
  dropProducts(productIds: readonly string[]) {
    for (const m of this.complete.values()) for (const id of productIds) m.delete(id)
    this.onChange()
    for (const id of productIds) {
      const b = this.base.get(id)?.v
      this.base.delete(id)
      if (!b) continue
      for (const v of b.variants) {
        for (const m of this.prices.values()) m.delete(v.id)
        for (const m of this.stock.values()) m.delete(v.id)
      }
    }
  }

  dropAllPrices() {
    this.prices.clear()
    this.complete.clear()
    this.onChange()
  }

  dropAllStock() {
    this.stock.clear()
    this.complete.clear()
    this.onChange()
  }

  dropAll() {
    this.base.clear()
    this.prices.clear()
    this.stock.clear()
    this.complete.clear()
    this.onChange()
  }

  /** Product ids whose variants include one of these. */
  productsOfVariants(variantIds: readonly string[]): string[] {
    const want = new Set(variantIds)
    const out: string[] = []
    for (const [id, e] of this.base) if (e.v?.variants.some((v) => want.has(v.id))) out.push(id)
    return out
  }

  /** Runs `load` once for ids not already being loaded under `scope`; waits for the others' loads too. */
  private async singleFlight(scope: string, ids: string[], load: (ids: string[]) => Promise<void>) {
    const waits: Promise<void>[] = []
    const todo: string[] = []
    for (const id of ids) {
      const p = this.inflight.get(`${scope}|${id}`)
      if (p) waits.push(p)
      else todo.push(id)
    }
    for (let i = 0; i < todo.length; i += BATCH) {
      const chunk = todo.slice(i, i + BATCH)
      const p = load(chunk).finally(() => {
        for (const id of chunk) this.inflight.delete(`${scope}|${id}`)
      })
      for (const id of chunk) this.inflight.set(`${scope}|${id}`, p)
      waits.push(p)
    }
    await Promise.all(waits)
  }

  private loadBase(ids: string[]) {
    return this.singleFlight("base", ids, async (chunk) => {
      this.stats.loads++
      const { data } = await this.query.graph({ entity: "product", fields: BASE_FIELDS, filters: { id: chunk } })
      const at = Date.now()
      const found = new Set<string>()
      for (const p of data as any[]) {
        found.add(p.id)
        this.base.set(p.id, {
          at,
          v: {
            id: p.id,
            title: p.title,
            subtitle: p.subtitle ?? null,
            handle: p.handle,
            thumbnail: p.thumbnail ?? null,
            status: p.status,
            is_giftcard: !!p.is_giftcard,
            collection_id: p.collection_id ?? null,
            category_ids: (p.categories ?? []).map((c: { id: string }) => c.id).sort(),
            tag_ids: (p.tags ?? []).map((t: { id: string }) => t.id).sort(),
            channels: new Set((p.sales_channels ?? []).filter(Boolean).map((c: { id: string }) => c.id)),
            created_at: new Date(p.created_at).getTime(),
            variants: (p.variants ?? [])
              .filter(Boolean)
              .map((v: any) => ({ id: v.id, title: v.title ?? null, sku: v.sku ?? null, manage_inventory: !!v.manage_inventory, allow_backorder: !!v.allow_backorder })),
          },
        })
      }
      for (const id of chunk) if (!found.has(id)) this.base.set(id, { at, v: null })
    })
  }

  private loadPrices(key: string, pricing: PricingContext, variantIds: string[]) {
    return this.singleFlight(`price|${key}`, variantIds, async (chunk) => {
      this.stats.loads++
      const context: Record<string, unknown> = { currency_code: pricing.currency_code }
      if (pricing.region_id) context.region_id = pricing.region_id
      if (pricing.customer_group_ids.length) context.customer = { groups: pricing.customer_group_ids.map((id) => ({ id })) }
      const { data } = await this.query.graph({
        entity: "variant",
        fields: ["id", "calculated_price.*"],
        filters: { id: chunk },
        context: { calculated_price: QueryContext(context) },
      })
      const at = Date.now()
      const map = this.prices.get(key) ?? this.prices.set(key, new Map()).get(key)!
      const found = new Set<string>()
      for (const v of data as any[]) {
        found.add(v.id)
        const c = v.calculated_price
        map.set(v.id, {
          at,
          v:
            c && c.calculated_amount != null
              ? {
                  calculated_minor: toMinor(c.calculated_amount, c.currency_code ?? pricing.currency_code),
                  calculated_amount: Number(c.calculated_amount),
                  original_amount: Number(c.original_amount ?? c.calculated_amount),
                  currency_code: c.currency_code ?? pricing.currency_code,
                  is_calculated_price_price_list: !!c.is_calculated_price_price_list,
                  is_calculated_price_tax_inclusive: !!c.is_calculated_price_tax_inclusive,
                  price_list_type: c.calculated_price?.price_list_type ?? null,
                }
              : null,
        })
      }
      for (const id of chunk) if (!found.has(id)) map.set(id, { at, v: null })
    })
  }

  private loadStock(channelId: string, variantIds: string[]) {
    return this.singleFlight(`stock|${channelId}`, variantIds, async (chunk) => {
      this.stats.loads++
      const availability = await getVariantAvailability(this.query, { variant_ids: chunk, sales_channel_id: channelId })
      const at = Date.now()
      const map = this.stock.get(channelId) ?? this.stock.set(channelId, new Map()).get(channelId)!
      for (const id of chunk) map.set(id, { at, v: availability[id]?.availability ?? 0 })
    })
  }
}
