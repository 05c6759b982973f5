import type { MedusaContainer } from "@medusajs/framework/types"
import { container as appContainer } from "@medusajs/framework"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { assignVariant } from "../lib/experiments/bucketing"
import { activeRules, type MerchRule } from "../lib/serving/merchandising"
import { finaliseList, type FinalItem } from "../lib/serving/finalise"
import { PLACEMENTS, type ApiPlacement } from "../lib/serving/placements"
import { encodeRecommendationId } from "../lib/serving/recommendation-id"
import { boughtOneOffs, recommendCandidates, type RequestSignals } from "../lib/serving/recommender"
import { EMPTY_MODELS, loadServingModels, type ArtefactKind, type ServingModels } from "../lib/serving/serving-models"
import { DEFAULT_STRATEGY, strategyByCode } from "../lib/serving/strategies"
import { DEFAULT_SETTINGS, type RecommendationSettings } from "../lib/settings"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../modules/finesse-recommendations/service"
import { CardCache, priceKeyOf, type Card, type PricingContext } from "./card-cache"
import { TtlMap } from "./ttl-map"
import { VisitorSignals } from "./visitor-signals"

export type ServeRequest = {
  placement: ApiPlacement
  limit: number
  productId?: string
  cartId?: string
  orderId?: string
  customerId: string | null
  anonymousId: string | null
  /** The caller's sales channels (from the publishable key); one is used, `salesChannelId` picks it. */
  salesChannelIds: string[]
  salesChannelId?: string
  regionId?: string
  currencyCode?: string
  /** Admin preview: force a strategy and skip experiment assignment. */
  strategy?: string
  /** Admin: the anchor product may be unpublished or outside the channel (the product page widget of a draft). */
  anyAnchor?: boolean
}

export type RecommendedProduct = {
  id: string
  title: string
  subtitle: string | null
  handle: string
  thumbnail: string | null
  collection_id: string | null
  category_ids: string[]
  variant: { id: string; title: string | null; sku: string | null; inventory_quantity: number | null }
  calculated_price: Omit<Card["price"], "calculated_minor">
  rank: number
  score: number
  reasons: string[]
  pinned: boolean
}

export type ServeResult = {
  recommendation_id: string
  placement: ApiPlacement
  strategy: string
  model_version: number
  experiment: { id: string; number: number; variant: "a" | "b" } | null
  region_id: string | null
  currency_code: string
  sales_channel_id: string
  products: RecommendedProduct[]
}

type ExperimentRow = { id: string; number: number; placement: string; strategy_a: string; strategy_b: string; traffic_b: number }

const num = (v: string | undefined, d: number) => (v !== undefined && v !== "" && Number.isFinite(Number(v)) ? Number(v) : d)

/**
 * Serving: the trained models, merchandising rules, experiments and settings in memory, refreshed in the background
 * (model switches, rule edits and catalog changes recorded by any process are picked up within REFRESH_MS), the
 * card cache for prices and stock, and the per-request pipeline: anchors and visitor signals → the placement's
 * recipe (or an experiment arm's) → business rules → priced cards. One instance per process.
 */
export class RecommendationEngine {
  models: ServingModels = EMPTY_MODELS
  versionId: string | null = null
  private modelCheckedAt = 0
  private modelLoading: Promise<void> | null = null
  private config: { rules: MerchRule[]; experiments: ExperimentRow[]; at: number } = { rules: [], experiments: [], at: 0 }
  private configLoading: Promise<void> | null = null
  settings: RecommendationSettings = DEFAULT_SETTINGS
  private regions: { byId: Map<string, string>; byCurrency: Map<string, string>; at: number } = { byId: new Map(), byCurrency: new Map(), at: 0 }
  private lastInvalidation = new Date(Date.now() - 5_000)
  private seenInvalidations = new Set<string>()
  private timer: NodeJS.Timeout | null = null
  readonly cards: CardCache
  readonly visitors: VisitorSignals
  readonly refreshMs: number
  /**
   * Finished lists by everything they depend on (placement, anchors, visitor, cart, prices, channel, strategy),
   * with their JSON: most traffic is product pages seen by anonymous visitors, which share one list per product.
   * Emptied whenever the model, rules, settings or any cached card changes; 30 s at most otherwise (time windows of
   * rules, changes without events).
   */
  private readonly results = new TtlMap<string, { products: RecommendedProduct[]; json: string }>(num(process.env.FINESSE_RECS_RESULT_TTL_MS, 30_000), 20_000)
  private configSignature = ""

  constructor(private readonly container: () => MedusaContainer) {
    this.refreshMs = num(process.env.FINESSE_RECS_REFRESH_MS, 5_000)
    this.cards = new CardCache(container, num(process.env.FINESSE_RECS_CARD_TTL_MS, 300_000), () => this.results.clear())
    this.visitors = new VisitorSignals(container)
  }

  private get recs(): FinesseRecommendationsModuleService {
    return this.container().resolve(FINESSE_RECOMMENDATIONS_MODULE)
  }

  /** Background refresh of model, rules and catalog invalidations recorded by other processes. */
  private startTimer() {
    if (this.timer || this.refreshMs <= 0) return
    this.timer = setInterval(() => void this.poll().catch(() => undefined), Math.max(500, Math.min(this.refreshMs, 2_000)))
    this.timer.unref()
  }

  stop() {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  private async poll() {
    const now = Date.now()
    if (now - this.modelCheckedAt >= this.refreshMs) await this.refreshModel()
    if (now - this.config.at >= Math.max(this.refreshMs, 10_000)) await this.refreshConfig()
    const rows = await this.recs.invalidationsSince(new Date(this.lastInvalidation.getTime() - 2_000))
    for (const r of rows) {
      const t = new Date(r.created_at)
      if (t > this.lastInvalidation) this.lastInvalidation = t
      if (this.seenInvalidations.has(r.id)) continue
      this.seenInvalidations.add(r.id)
      this.applyInvalidation(r.scope, r.product_ids)
    }
    if (this.seenInvalidations.size > 10_000) this.seenInvalidations = new Set([...this.seenInvalidations].slice(-1000))
  }

  /** Drops cached cards after a catalog change (called by subscribers in this process and by the poller). */
  applyInvalidation(scope: string, productIds: string[] | null) {
    if (scope === "rules") {
      this.config.at = 0
      return
    }
    if (scope === "model") {
      this.modelCheckedAt = 0
      return
    }
    if (scope === "all" || !productIds) {
      if (scope === "price") this.cards.dropAllPrices()
      else if (scope === "stock") this.cards.dropAllStock()
      else this.cards.dropAll()
      return
    }
    this.cards.dropProducts(productIds)
  }

  /** Checks which version serves and loads it when it changed (artefacts → serving form, swapped in one assignment). */
  async refreshModel(force = false) {
    if (this.modelLoading) return this.modelLoading
    this.modelLoading = (async () => {
      try {
        const v = await this.recs.servingVersion()
        this.modelCheckedAt = Date.now()
        if (!v) {
          if (this.versionId) this.results.clear()
          this.models = EMPTY_MODELS
          this.versionId = null
          return
        }
        if (v.id === this.versionId && !force) return
        const artefacts = (await this.recs.loadArtefacts(v.id)) as Partial<Record<ArtefactKind, unknown>>
        const models = loadServingModels(v.number, v.data_until ? new Date(v.data_until).getTime() : 0, artefacts)
        this.models = models
        this.versionId = v.id
        this.visitors.bought.clear()
        this.results.clear()
      } finally {
        this.modelLoading = null
      }
    })()
    return this.modelLoading
  }

  async refreshConfig() {
    if (this.configLoading) return this.configLoading
    this.configLoading = (async () => {
      try {
        const [{ rules, experiments }, settings] = await Promise.all([this.recs.servingConfig(), this.recs.getSettings()])
        this.config = {
          rules: rules.map((r: any) => ({
            id: r.id,
            action: r.action,
            target_type: r.target_type,
            target_id: r.target_id,
            placement: r.placement,
            weight: r.weight == null ? null : Number(r.weight),
            position: r.position,
            starts_at: r.starts_at ? new Date(r.starts_at).getTime() : null,
            ends_at: r.ends_at ? new Date(r.ends_at).getTime() : null,
            enabled: r.enabled,
          })),
          experiments: experiments.map((e: any) => ({ id: e.id, number: e.number, placement: e.placement, strategy_a: e.strategy_a, strategy_b: e.strategy_b, traffic_b: e.traffic_b })),
          at: Date.now(),
        }
        this.settings = settings
        const signature = JSON.stringify([this.config.rules, this.config.experiments, settings])
        if (signature !== this.configSignature) this.results.clear()
        this.configSignature = signature
      } finally {
        this.configLoading = null
      }
    })()
    return this.configLoading
  }

  /** Waits for the first load; afterwards a due refresh runs in the background. */
  private async ready(now: number) {
    this.startTimer()
    const waits: Promise<void>[] = []
    // FINESSE_RECS_REFRESH_MS=0 (tests): check on every request and wait for it
    if (!this.modelCheckedAt || this.refreshMs <= 0) waits.push(this.refreshModel())
    else if (now - this.modelCheckedAt >= this.refreshMs) void this.refreshModel().catch(() => undefined)
    if (!this.config.at || this.refreshMs <= 0) waits.push(this.refreshConfig())
    else if (now - this.config.at >= Math.max(this.refreshMs, 10_000)) void this.refreshConfig().catch(() => undefined)
    if (waits.length) await Promise.all(waits)
  }

  private async regionsTable(now: number) {
    if (now - this.regions.at < 300_000 && this.regions.byId.size) return this.regions
    const query = this.container().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "region", fields: ["id", "currency_code"] })
    const byId = new Map<string, string>()
    const byCurrency = new Map<string, string>()
    for (const r of data as { id: string; currency_code: string }[]) {
      byId.set(r.id, r.currency_code)
      if (!byCurrency.has(r.currency_code)) byCurrency.set(r.currency_code, r.id)
    }
    this.regions = { byId, byCurrency, at: now }
    return this.regions
  }

  /** The pricing context: the region given (404 when unknown), the cart's or order's, or the first region of the currency. */
  private async pricing(req: ServeRequest, anchorRegion: { region_id: string | null; currency_code: string } | null, groups: string[], now: number): Promise<PricingContext> {
    const regions = await this.regionsTable(now)
    if (req.regionId) {
      let currency = regions.byId.get(req.regionId)
      if (!currency) {
        this.regions.at = 0
        currency = (await this.regionsTable(now)).byId.get(req.regionId)
      }
      if (!currency) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Region with id: ${req.regionId} was not found`)
      return { region_id: req.regionId, currency_code: currency, customer_group_ids: groups }
    }
    if (anchorRegion) return { region_id: anchorRegion.region_id, currency_code: anchorRegion.currency_code, customer_group_ids: groups }
    const currency = req.currencyCode?.toLowerCase() ?? [...regions.byCurrency.keys()][0]
    if (!currency) throw new MedusaError(MedusaError.Types.INVALID_DATA, "region_id: the store has no region; pass region_id or currency_code")
    return { region_id: regions.byCurrency.get(currency) ?? null, currency_code: currency, customer_group_ids: groups }
  }

  private channel(req: ServeRequest): string {
    const ids = req.salesChannelIds
    if (req.salesChannelId) {
      if (ids.length && !ids.includes(req.salesChannelId)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `sales_channel_id: ${req.salesChannelId} is not a sales channel of this publishable key`)
      }
      return req.salesChannelId
    }
    if (!ids.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "sales_channel_id: the publishable key has no sales channel")
    return ids[0]
  }

  /** Recommendations as an object (admin previews, messages). */
  async recommend(req: ServeRequest): Promise<ServeResult> {
    const r = await this.serve(req)
    return { ...r.head, products: r.products }
  }

  /** The store endpoint's response body, `{ "recommendation": … }`, without serialising a cached list again. */
  async recommendJson(req: ServeRequest): Promise<string> {
    const r = await this.serve(req)
    const head = JSON.stringify({ ...r.head, products: null })
    return `{"recommendation":${head.slice(0, -5)}${r.json}}}`
  }

  private async serve(req: ServeRequest): Promise<{ head: Omit<ServeResult, "products">; products: RecommendedProduct[]; json: string }> {
    const now = Date.now()
    await this.ready(now)
    const spec = PLACEMENTS[req.placement]
    const models = this.models
    const channelId = this.channel(req)
    const customerId = req.customerId

    // anchors: the product page's product, the cart's or the order's products
    let anchors: string[] = []
    let inCart: string[] = []
    let anchorRegion: { region_id: string | null; currency_code: string } | null = null
    if (spec.anchor === "product_id") {
      const id = req.productId!
      await this.cards.ensureBase([id], now)
      const base = this.cards.baseCard(id)
      if (!base || (!req.anyAnchor && (base.status !== "published" || !base.channels.has(channelId)))) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${id} was not found`)
      }
      anchors = [id]
    }
    if (req.cartId) {
      const cart = await this.visitors.cart(req.cartId, customerId, now)
      inCart = cart.product_ids
      if (spec.anchor === "cart_id") anchors = cart.product_ids
      anchorRegion = cart
    }
    if (spec.anchor === "order_id") {
      const order = await this.visitors.order(req.orderId!, customerId, now)
      anchors = order.product_ids
      anchorRegion = order
    }

    const [groups, purchases, session] = await Promise.all([
      customerId ? this.visitors.customerGroups(customerId, now) : Promise.resolve([] as string[]),
      customerId ? this.visitors.purchases(models, customerId, now) : Promise.resolve({ bought: [], orderCount: 0 }),
      customerId || req.anonymousId ? this.visitors.session(req.anonymousId, customerId, now) : Promise.resolve([]),
    ])
    const pricing = await this.pricing(req, anchorRegion, groups, now)

    // strategy: an admin's choice, else the placement's running experiment, else the default blend
    let strategy = req.strategy ?? DEFAULT_STRATEGY
    let experiment: ServeResult["experiment"] = null
    const unit = customerId ?? req.anonymousId
    const running = req.strategy ? undefined : this.config.experiments.find((e) => e.placement === req.placement)
    if (running && unit) {
      const variant = assignVariant(`exp-${running.number}`, unit, [
        { name: "a", weight: 100 - running.traffic_b },
        { name: "b", weight: running.traffic_b },
      ]) as "a" | "b"
      strategy = variant === "a" ? running.strategy_a : running.strategy_b
      experiment = { id: running.id, number: running.number, variant }
    }
    const recipe = (strategyByCode(strategy) ?? strategyByCode(DEFAULT_STRATEGY)!).recipe(spec.recipe)

    const signals: RequestSignals = {
      anchors,
      inCart,
      bought: purchases.bought,
      orderCount: purchases.orderCount,
      session,
      segments: groups,
      now,
    }
    const exclude = new Set<string>([...anchors, ...inCart])
    if (!spec.allowBought) for (const id of boughtOneOffs(models, purchases.bought)) exclude.add(id)
    const k = Math.max(req.limit * 4, 40)
    const recommendationId = encodeRecommendationId(
      { placement: req.placement, strategy, modelVersion: models.version, experiment: experiment ? { number: experiment.number, variant: experiment.variant } : null },
      now,
      randomId()
    )
    const head: Omit<ServeResult, "products"> = {
      recommendation_id: recommendationId,
      placement: req.placement,
      strategy,
      model_version: models.version,
      experiment,
      region_id: pricing.region_id,
      currency_code: pricing.currency_code,
      sales_channel_id: channelId,
    }
    // the session counts only where the recipe uses it: product pages of anonymous visitors share one list
    const usesSession = spec.anchor === null || "collaborative" in recipe.weights || recipe.fallbacks.includes("collaborative")
    const cacheKey = [
      req.placement,
      anchors.join(","),
      inCart.join(","),
      req.limit,
      channelId,
      priceKeyOf(pricing),
      strategy,
      customerId ?? "",
      usesSession ? session.map((e) => e.itemId).join(",") : "",
    ].join("|")
    const cached = this.results.get(cacheKey, now)
    if (cached) return { head, products: cached.products, json: cached.json }

    const { candidates, sources } = recommendCandidates(models, recipe, signals, k, exclude)

    // a store with no trained model (or a model that knows nothing here) still fills the widget: newest products
    let pool = candidates
    if (pool.length < req.limit && spec.placement !== "buy_again") {
      const taken = new Set([...pool.map((c) => c.itemId), ...exclude])
      const floor = pool.length ? pool[pool.length - 1].score : 1
      const fresh = await this.newestProducts(channelId, now)
      pool = [...pool, ...fresh.filter((id) => !taken.has(id)).slice(0, k).map((itemId, i) => ({ itemId, score: (0.25 * floor) / (i + 1), sources: ["trending" as const], fallback: true }))]
    }

    const rules = activeRules(this.config.rules, req.placement, now)
    const pinned = rules.filter((r) => r.action === "pin" && r.target_type === "product").map((r) => r.target_id)
    const pinPool = [...pool.map((c) => c.itemId), ...(sources.trending ?? models.trending?.top ?? []).map((x) => x.itemId)]
    await this.cards.ensure([...pool.map((c) => c.itemId), ...pinned, ...(rules.some((r) => r.action === "pin" && r.target_type !== "product") ? pinPool.slice(0, 200) : [])], pricing, channelId, now)
    const cardOf = new Map<string, Card | null>()
    const card = (id: string) => {
      let c = cardOf.get(id)
      if (c === undefined) cardOf.set(id, (c = this.cards.card(id, pricing, channelId)))
      return c
    }
    const marginStrength = this.settings.margin_boost_strength
    if (marginStrength > 0) {
      await this.visitors.ensureCosts(pool.slice(0, k).map((c) => card(c.itemId)?.variant.id).filter((x): x is string => !!x), now)
    }
    const final: FinalItem[] = finaliseList({
      candidates: pool,
      limit: req.limit,
      usable: (id) => !exclude.has(id) && card(id) !== null,
      attrsOf: (id) => {
        const b = this.cards.baseCard(id)
        return b ? { categoryIds: b.category_ids, collectionId: b.collection_id, tagIds: b.tag_ids } : undefined
      },
      rules,
      economicsOf: (id) => {
        const c = card(id)
        if (!c) return undefined
        const cost = this.visitors.cost(c.variant.id, c.price.currency_code, now)
        return cost === undefined ? undefined : { priceMinor: c.price.calculated_minor, costMinor: cost }
      },
      marginStrength,
      maxPerCategory: this.settings.max_per_category ?? spec.maxPerCategory,
      pinPool,
    })

    const products: RecommendedProduct[] = final.map((x, i) => {
      const c = card(x.itemId)!
      return {
        id: c.base.id,
        title: c.base.title,
        subtitle: c.base.subtitle,
        handle: c.base.handle,
        thumbnail: c.base.thumbnail,
        collection_id: c.base.collection_id,
        category_ids: c.base.category_ids,
        variant: { ...c.variant, inventory_quantity: c.inventory_quantity },
        calculated_price: {
          calculated_amount: c.price.calculated_amount,
          original_amount: c.price.original_amount,
          currency_code: c.price.currency_code,
          is_calculated_price_price_list: c.price.is_calculated_price_price_list,
          is_calculated_price_tax_inclusive: c.price.is_calculated_price_tax_inclusive,
          price_list_type: c.price.price_list_type,
        },
        rank: i + 1,
        score: Math.round(x.score * 1e6) / 1e6,
        reasons: x.pinned ? ["pinned"] : x.sources,
        pinned: x.pinned,
      }
    })
    const json = JSON.stringify(products)
    this.results.set(cacheKey, { products, json }, now)
    return { head, products, json }
  }

  private newest: { channel: string; ids: string[]; at: number } | null = null

  /** Published products of the channel, newest first (cached 5 minutes; dropped on product changes). */
  private async newestProducts(channelId: string, now: number): Promise<string[]> {
    if (this.newest && this.newest.channel === channelId && now - this.newest.at < 300_000) return this.newest.ids
    const query = this.container().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "created_at"],
      filters: { status: "published", sales_channels: { id: channelId } } as any,
      pagination: { take: 200, order: { created_at: "DESC" } },
    })
    this.newest = { channel: channelId, ids: (data as { id: string }[]).map((p) => p.id), at: now }
    return this.newest.ids
  }

  forgetNewest() {
    this.newest = null
  }

  /**
   * The sales channel an admin view of a product uses: the store's default channel when the product is in it,
   * else the product's first channel; null for an unknown product or one in no channel.
   */
  async channelForProduct(productId: string, now = Date.now()): Promise<string | null> {
    await this.cards.ensureBase([productId], now)
    const base = this.cards.baseCard(productId)
    if (!base || !base.channels.size) return null
    const preferred = await this.storeDefaultChannel(now)
    return preferred && base.channels.has(preferred) ? preferred : [...base.channels].sort()[0]
  }

  /** The first region of the store's default currency (background jobs price messages with it). */
  async defaultRegion(now = Date.now()): Promise<{ id: string; currency_code: string } | null> {
    const regions = await this.regionsTable(now)
    const query = this.container().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "store", fields: ["id", "supported_currencies.currency_code", "supported_currencies.is_default"] })
    const currencies = ((data[0] as any)?.supported_currencies ?? []).filter(Boolean)
    const preferred = currencies.find((c: any) => c.is_default)?.currency_code
    const currency = preferred && regions.byCurrency.has(preferred) ? preferred : [...regions.byCurrency.keys()][0]
    return currency ? { id: regions.byCurrency.get(currency)!, currency_code: currency } : null
  }

  private defaultChannel: { id: string | null; at: number } = { id: null, at: 0 }

  /** The store's default sales channel (admin previews without a channel), cached 5 minutes. */
  async storeDefaultChannel(now = Date.now()): Promise<string | null> {
    if (this.defaultChannel.id && now - this.defaultChannel.at < 300_000) return this.defaultChannel.id
    const query = this.container().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "store", fields: ["id", "default_sales_channel_id"] })
    let id = (data[0] as any)?.default_sales_channel_id ?? null
    if (!id) {
      const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id"], pagination: { take: 1, order: { created_at: "ASC" } } })
      id = (channels[0] as any)?.id ?? null
    }
    this.defaultChannel = { id, at: now }
    return id
  }

  status() {
    return {
      version_id: this.versionId,
      model_version: this.models.version,
      trained_at: this.models.trainedAt ? new Date(this.models.trainedAt).toISOString() : null,
      cache: this.cards.sizes,
      cache_stats: this.cards.stats,
      visitors: { sessions: this.visitors.sessions.size, customers: this.visitors.bought.size },
      rules: this.config.rules.length,
      running_experiments: this.config.experiments.length,
    }
  }
}

/** 12 characters of base 36: unique enough for an id that only names a served list (not a secret). */
function randomId(): string {
  return (Math.random().toString(36).slice(2, 8) + Math.random().toString(36).slice(2, 8)).padEnd(12, "0")
}

const KEY = Symbol.for("finesse.recommendations.engine")
const g = globalThis as unknown as Record<symbol, RecommendationEngine | undefined>

/**
 * The process's engine, created on first use. It resolves services from the application container (a request's
 * scope would die with the request; the caches outlive it).
 */
export function getEngine(): RecommendationEngine {
  return (g[KEY] ??= new RecommendationEngine(() => appContainer))
}

/** The engine when one was created in this process (subscribers only invalidate an existing one). */
export function existingEngine(): RecommendationEngine | undefined {
  return g[KEY]
}
