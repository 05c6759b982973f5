import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaService, generateEntityId } from "@medusajs/framework/utils"
import FinesseEvent from "./models/event"
import FinesseEventRejection from "./models/event-rejection"
import FinesseOrderFact from "./models/order-fact"
import FinesseOrderLineFact from "./models/order-line-fact"
import {
  FinesseCustomerCohort,
  FinesseDailyProductSales,
  FinesseDailySales,
  FinesseDailyTraffic,
  FinesseRollupDirty,
} from "./models/rollups"
import FinesseVariantCost from "./models/variant-cost"
import FinesseImportFile from "./models/import-file"
import FinesseSeedStep from "./models/seed-step"
import { buildOrderFacts } from "../../lib/facts/build-order-facts"
import { funnelFromCounts } from "../../lib/kpis/funnel"
import type { Interval } from "../../lib/kpis/intervals"
import { cohortMatrix, compareSummaries, kpiSeries, previousDays, summarize } from "../../lib/kpis/kpi-report"
import * as kpi from "./store/kpis"
import { toMinor } from "../../lib/money/minor-units"
import { loadCosts, upsertCosts } from "./store/costs-store"
import { countRejections, daysOf, insertEvents, markDirty } from "./store/events-store"
import { reindexAllCustomers, writeFacts } from "./store/facts-store"
import { countOrders, loadCategories, loadOrderSessions, loadSourceOrders, pageOrderIds } from "./store/order-source"
import { countDirty, refreshDirty } from "./store/rollups"
import { EventIngestor, type IncomingEvent, type IngestResult } from "./store/ingest"
import { stitchAnonymous } from "./store/stitching"
import { existingVariants, productVariantsWithCosts, variantsBySku } from "./store/catalog"
import * as reads from "./store/reads"
import * as baskets from "./store/reads-baskets"
import type { CostRow, EventRow } from "./types"

export type FinesseDataOptions = {
  redisUrl?: string
  events?: {
    /** Rate-limit window (default 60 s). */
    rateWindowMs?: number
    /** Events per anonymous id per window (default 600; 0 = off; env FINESSE_EVENTS_RATE_PER_ANON). */
    ratePerAnonymousId?: number
    /** Events per client IP per window (default 6000; 0 = off; env FINESSE_EVENTS_RATE_PER_IP). */
    ratePerIp?: number
    /** Events older than this are dropped as stale (default 7 days). */
    maxAgeDays?: number
    /** More events per second from one anonymous id are flagged as a bot burst (default 20). */
    burstPerSecond?: number
    /** Secret for the keyed IP hash (default: the project's cookie secret). */
    ipHashSecret?: string
    /** Raw events older than this are deleted once rolled up (default 395 days; 0 = keep). */
    retentionDays?: number
  }
}

const envNum = (v: string | undefined) => (v !== undefined && v !== "" && Number.isFinite(Number(v)) ? Number(v) : undefined)

export default class FinesseDataModuleService extends MedusaService({
  FinesseEvent,
  FinesseEventRejection,
  FinesseVariantCost,
  FinesseOrderFact,
  FinesseOrderLineFact,
  FinesseDailySales,
  FinesseDailyProductSales,
  FinesseDailyTraffic,
  FinesseCustomerCohort,
  FinesseRollupDirty,
  FinesseImportFile,
  FinesseSeedStep,
}) {
  protected readonly db_: Knex
  protected readonly options_: FinesseDataOptions

  protected readonly ingestor_: EventIngestor
  protected readonly eventBus_?: { emit(msg: { name: string; data: unknown }): Promise<void> }

  constructor(cradle: Record<string, any>, options: FinesseDataOptions = {}) {
    // @ts-ignore MedusaService takes the container and the module declaration through `arguments`
    super(...arguments)
    this.db_ = cradle.__pg_connection__
    this.options_ = options ?? {}
    this.eventBus_ = cradle.event_bus
    const ev = this.options_.events ?? {}
    const projectConfig = cradle.configModule?.projectConfig
    this.ingestor_ = new EventIngestor(this.db_, {
      windowMs: ev.rateWindowMs ?? 60_000,
      perAnonymousId: envNum(process.env.FINESSE_EVENTS_RATE_PER_ANON) ?? ev.ratePerAnonymousId ?? 600,
      perIp: envNum(process.env.FINESSE_EVENTS_RATE_PER_IP) ?? ev.ratePerIp ?? 6000,
      maxAgeMs: (ev.maxAgeDays ?? 7) * 86_400_000,
      burstPerSecond: ev.burstPerSecond ?? 20,
      ipHashSecret: ev.ipHashSecret ?? projectConfig?.http?.cookieSecret ?? "finesse",
      redisUrl: this.options_.redisUrl ?? projectConfig?.redisUrl ?? process.env.REDIS_URL,
    })
  }

  __hooks = {
    onApplicationShutdown: async () => {
      await this.ingestor_.close()
    },
  }

  /** Keyed hash of a client IP (the IP itself is never stored). */
  hashIp(ip: string | null | undefined) {
    return this.ingestor_.hashIp(ip)
  }

  /** Throws `RateLimited` when the batch exceeds the anonymous-id or IP limit. */
  async checkEventRate(events: IncomingEvent[], ipHash: string | null) {
    return this.ingestor_.checkRate(events, ipHash, Date.now())
  }

  /** Cleans, stores (idempotently by client event id), counts rejections and stitches identities. */
  async ingestEvents(input: Omit<Parameters<EventIngestor["ingest"]>[0], "now">): Promise<IngestResult> {
    return this.ingestor_.ingest({ ...input, now: Date.now() })
  }

  /** Bulk insert; events whose client_event_id exists are skipped. Returns the client ids stored now. */
  async insertEvents(rows: EventRow[]): Promise<Set<string>> {
    return insertEvents(this.db_, rows)
  }

  async countRejections(counts: Parameters<typeof countRejections>[1]) {
    return countRejections(this.db_, counts)
  }

  /** Inserts or replaces unit costs (minor units), one per variant and currency. */
  async upsertVariantCosts(rows: CostRow[]): Promise<number> {
    return upsertCosts(this.db_, rows)
  }

  async loadVariantCosts(variantIds: string[]) {
    return loadCosts(this.db_, variantIds)
  }

  async existingVariantIds(ids: string[]) {
    return existingVariants(this.db_, ids)
  }

  async variantIdsBySku(skus: string[]) {
    return variantsBySku(this.db_, skus)
  }

  /** A product's variants with base prices and costs; null when the product does not exist. */
  async productCosts(productId: string) {
    const r = await this.db_.raw(`select id from product where id = ? and deleted_at is null`, [productId])
    if (!r.rows.length) return null
    return { product_id: productId, variants: await productVariantsWithCosts(this.db_, productId) }
  }

  // ---- read API for capability plugins (keyset pages; pass `next` back as `after`) ----

  /** Order facts in (placed_at, id) order; canceled orders only with `include_canceled`. */
  async pageOrderFacts(after: reads.Cursor, limit = 5000, filter: reads.FactFilter = {}) {
    return reads.pageOrderFacts(this.db_, after, Math.min(limit, 50_000), filter)
  }

  /** Order line facts in (placed_at, id) order. */
  async pageOrderLineFacts(after: reads.Cursor, limit = 5000, filter: reads.FactFilter = {}) {
    return reads.pageLineFacts(this.db_, after, Math.min(limit, 50_000), filter)
  }

  /** Order facts with their lines' product and category ids, in (placed_at, id) order: whole-store scans. */
  async pageOrderBaskets(after: reads.Cursor, limit = 20_000, filter: reads.FactFilter = {}) {
    return baskets.pageOrderBaskets(this.db_, after, Math.min(limit, 50_000), filter)
  }

  /** Behaviour events in (occurred_at, id) order; bot-flagged ones excluded unless `clean_only: false`. */
  async pageEvents(after: reads.Cursor, limit = 5000, filter: reads.EventFilter = {}) {
    return reads.pageEvents(this.db_, after, Math.min(limit, 50_000), filter)
  }

  /** Raw-event retention in days (0 = keep forever). */
  eventRetentionDays(): number {
    return this.options_.events?.retentionDays ?? 395
  }

  /** Deletes up to `limit` events that happened before `cutoff` (only days already rolled up). */
  async deleteEventsBefore(cutoff: Date, limit: number): Promise<number> {
    const r = await this.db_.raw(
      `delete from finesse_event where id in (
         select e.id from finesse_event e
          where e.occurred_at < ?
            and not exists (select 1 from finesse_rollup_dirty d
                             where d.scope = 'traffic' and d.day = to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD'))
          limit ?)`,
      [cutoff, limit]
    )
    return r.rowCount ?? 0
  }

  /** Orders with lines of these variants: their facts must be re-costed when a cost changes. */
  async orderIdsWithVariants(variantIds: string[], after: string | null, limit: number): Promise<string[]> {
    const r = await this.db_.raw(
      `select distinct order_id from finesse_order_line_fact
        where variant_id = any(?) and deleted_at is null ${after ? "and order_id > ?" : ""}
        order by order_id limit ?`,
      after ? [variantIds, after, limit] : [variantIds, limit]
    )
    return r.rows.map((x: { order_id: string }) => x.order_id)
  }

  /**
   * Records a server-side behaviour event derived from one of Medusa's own order events, idempotently (one per
   * order and event; one per return for return events). For a placed order it also finds the storefront session
   * that checked the cart out and stitches that browser's anonymous events to the customer.
   */
  async recordOrderEvent(type: "order_placed" | "order_canceled" | "order_completed" | "return_requested" | "return_received", orderId: string, returnId?: string) {
    const r = await this.db_.raw(
      `select o.id, o.customer_id, o.sales_channel_id, o.currency_code, o.created_at, o.canceled_at,
              (select oc.cart_id from order_cart oc where oc.order_id = o.id and oc.deleted_at is null limit 1) cart_id,
              (select s.totals->>'current_order_total' from order_summary s where s.order_id = o.id and s.version = o.version and s.deleted_at is null limit 1) total
         from "order" o where o.id = ? and o.deleted_at is null`,
      [orderId]
    )
    const o = r.rows[0]
    if (!o) return false
    const sessions = await loadOrderSessions(this.db_, [{ id: o.id, cart_id: o.cart_id }])
    const session = sessions.get(o.id)
    if (type === "order_placed" && session?.anonymous_id && o.customer_id) {
      await stitchAnonymous(this.db_, [{ anonymous_id: session.anonymous_id, customer_id: o.customer_id }])
    }
    const now = new Date()
    const occurred = type === "order_placed" ? new Date(o.created_at) : type === "order_canceled" && o.canceled_at ? new Date(o.canceled_at) : now
    const inserted = await insertEvents(this.db_, [
      {
        client_event_id: `${type}-${returnId ?? o.id}`,
        type,
        source: "server",
        anonymous_id: session?.anonymous_id ?? null,
        session_id: type === "order_placed" ? (session?.session_id ?? null) : null,
        customer_id: o.customer_id,
        sales_channel_id: o.sales_channel_id,
        occurred_at: occurred,
        received_at: now,
        order_id: o.id,
        cart_id: o.cart_id,
        amount: type === "order_placed" && o.total != null ? toMinor(o.total, o.currency_code) : null,
        currency_code: o.currency_code,
        properties: returnId ? { return_id: returnId } : null,
      },
    ])
    return inserted.size > 0
  }

  async recordCustomerCreated(customerId: string, createdAt: Date) {
    const inserted = await insertEvents(this.db_, [
      {
        client_event_id: `customer_created-${customerId}`,
        type: "customer_created",
        source: "server",
        anonymous_id: null,
        session_id: null,
        customer_id: customerId,
        sales_channel_id: null,
        occurred_at: createdAt,
        received_at: new Date(),
      },
    ])
    return inserted.size > 0
  }

  /** The order a payment belongs to (payment collection link), for refund events. */
  async orderIdOfPayment(paymentId: string): Promise<string | null> {
    const r = await this.db_.raw(
      `select opc.order_id from payment p join order_payment_collection opc
         on opc.payment_collection_id = p.payment_collection_id and opc.deleted_at is null
        where p.id = ? limit 1`,
      [paymentId]
    )
    return r.rows[0]?.order_id ?? null
  }

  /** Attaches earlier anonymous events of these browsers to their customers. */
  async stitchAnonymousEvents(pairs: { anonymous_id: string; customer_id: string }[]): Promise<number> {
    return stitchAnonymous(this.db_, pairs)
  }

  /**
   * Rebuilds the facts of these orders from Medusa's order tables (current version), with costs, categories and the
   * storefront session that placed them. Orders that no longer exist (deleted, drafts) lose their facts.
   */
  async refreshOrderFacts(orderIds: string[], opts: { emit?: boolean } = {}): Promise<number> {
    const ids = [...new Set(orderIds)]
    if (!ids.length) return 0
    const built = await this.buildFacts(ids)
    await writeFacts(this.db_, built.orders, built.lines)
    if (opts.emit !== false && built.orders.length) {
      // capability plugins (personas, recommendations) update per customer on this
      await this.eventBus_?.emit({
        name: "finesse.facts.updated",
        data: {
          order_ids: built.orders.map((o) => o.id),
          customer_ids: [...new Set(built.orders.map((o) => o.customer_id).filter(Boolean))],
        },
      })
    }
    const found = new Set(built.orders.map((o) => o.id))
    const gone = ids.filter((id) => !found.has(id))
    if (gone.length) {
      const removed = await this.db_("finesse_order_fact").whereIn("id", gone).del().returning(["placed_at"])
      await this.db_("finesse_order_line_fact").whereIn("order_id", gone).del()
      await markDirty(this.db_, daysOf(removed.map((r: { placed_at: Date }) => new Date(r.placed_at))), "sales")
    }
    return built.orders.length
  }

  /** Order and line facts of these orders, built from Medusa's order tables (nothing written). */
  private async buildFacts(ids: string[]) {
    const sources = await loadSourceOrders(this.db_, ids)
    const [costs, categories, sessions] = await Promise.all([
      loadCosts(this.db_, sources.flatMap((o) => o.items.map((i) => i.variant_id ?? ""))),
      loadCategories(this.db_, sources.flatMap((o) => o.items.map((i) => i.product_id ?? ""))),
      loadOrderSessions(this.db_, sources),
    ])
    const built = sources.map((o) => buildOrderFacts(o, { costs, categories, session: sessions.get(o.id) }))
    return { orders: built.map((b) => b.order), lines: built.flatMap((b) => b.lines) }
  }

  /**
   * Reads and builds one page of the facts backfill, in (created_at, id) order after `after`; `writeBackfillPage`
   * stores it. Split so the backfill reads the next page while the database stores this one.
   */
  async readBackfillPage(after: { created_at: string; id: string } | null, limit: number) {
    const page = await pageOrderIds(this.db_, after, limit)
    const built = await this.buildFacts(page.map((p) => p.id))
    return { count: page.length, last: page.length ? page[page.length - 1] : null, ...built }
  }

  /** Stores a page read by `readBackfillPage`; customers' order sequence is left to `finishBackfill`. */
  async writeBackfillPage(page: Awaited<ReturnType<FinesseDataModuleService["readBackfillPage"]>>) {
    // a backfill is not news: capabilities recompute in full after it
    await writeFacts(this.db_, page.orders, page.lines, { reindex: false })
  }

  /**
   * Builds the facts of every order, page by page after `from` (reading page n+1 while page n is stored), then
   * numbers each customer's orders. `onPage` is told where it got to (the backfill job saves it as its checkpoint and
   * reports progress; the demo seed just waits). Idempotent: facts are replaced, never doubled.
   */
  async backfillFacts(opts: {
    pageSize: number
    from?: { after: { created_at: string; id: string } | null; done: number } | null
    onPage?: (at: { after: { created_at: string; id: string } | null; done: number }, total: number) => Promise<void>
  }): Promise<{ orders: number }> {
    const total = await this.countOrdersForFacts()
    let after = opts.from?.after ?? null
    let done = opts.from?.done ?? 0
    let next = this.readBackfillPage(after, opts.pageSize)
    for (;;) {
      const page = await next
      if (!page.count) break
      next = this.readBackfillPage(page.last, opts.pageSize)
      // a rejected read-ahead is awaited (and thrown) by the next turn; don't let it go unhandled meanwhile
      next.catch(() => undefined)
      await this.writeBackfillPage(page)
      after = page.last
      done += page.count
      await opts.onPage?.({ after, done }, Math.max(total, done))
    }
    await this.finishBackfill()
    return { orders: done }
  }

  /** Whether every order has its facts (a backfill would change nothing). */
  async factsComplete(): Promise<boolean> {
    const r = await this.db_.raw(
      `select (select count(*) from "order" where deleted_at is null and is_draft_order = false) orders,
              (select count(*) from finesse_order_fact where deleted_at is null) facts`
    )
    return Number(r.rows[0].facts) >= Number(r.rows[0].orders)
  }

  /**
   * Refreshes every dirty day rollup, 100 days at a time, and vacuums after a large rebuild so KPI reads are
   * index-only scans again at once rather than after autovacuum comes round.
   */
  async refreshAllDirtyRollups(onProgress?: (refreshed: number, total: number) => Promise<void>) {
    const total = Math.max(1, await countDirty(this.db_))
    let sales = 0
    let traffic = 0
    for (;;) {
      const r = await refreshDirty(this.db_, 100)
      if (!r.sales && !r.traffic) break
      sales += r.sales
      traffic += r.traffic
      await onProgress?.(sales + traffic, Math.max(total, sales + traffic))
    }
    if (sales + traffic > 60) await this.vacuumRollups()
    return { sales_days: sales, traffic_days: traffic }
  }

  /** Every customer's order sequence in one pass, after a backfill; returns how many facts moved. */
  async finishBackfill(): Promise<number> {
    return reindexAllCustomers(this.db_)
  }

  /** Recomputes up to `limit` dirty day rollups; returns how many days of each scope were refreshed. */
  async refreshDirtyRollups(limit = 100) {
    return refreshDirty(this.db_, limit)
  }

  /** VACUUM (ANALYZE) of the tables the KPI report reads (outside any transaction, as VACUUM requires). */
  async vacuumRollups() {
    await this.db_.raw(
      `vacuum (analyze) finesse_daily_sales, finesse_daily_product_sales, finesse_daily_traffic, finesse_customer_cohort, finesse_order_fact`
    )
  }

  async countDirtyDays(): Promise<number> {
    return countDirty(this.db_)
  }

  /** Marks every day that has order facts or events, for a full rollup rebuild. */
  async markAllDaysDirty() {
    const sales = await this.db_.raw(
      `select distinct to_char(placed_at at time zone 'UTC', 'YYYY-MM-DD') d from finesse_order_fact where deleted_at is null`
    )
    const traffic = await this.db_.raw(
      `select distinct to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD') d from finesse_event where deleted_at is null`
    )
    for (let i = 0; i < sales.rows.length; i += 1000)
      await markDirty(this.db_, sales.rows.slice(i, i + 1000).map((r: { d: string }) => r.d), "sales")
    for (let i = 0; i < traffic.rows.length; i += 1000)
      await markDirty(this.db_, traffic.rows.slice(i, i + 1000).map((r: { d: string }) => r.d), "traffic")
  }

  /**
   * The KPI report of the Insights page and `GET /admin/finesse/kpis`: summary with previous-period change, series,
   * top products and categories, funnel, cohorts and data quality, all from the daily rollups. A few dirty days
   * (a just-placed order) are rolled up first so reads are fresh; a large backlog is left to the rollup job.
   */
  async kpiReport(q: {
    from: string
    to: string
    interval: Interval
    compare: "previous_period" | "none"
    currency_code?: string
    sales_channel_id?: string
    region_id?: string
    category_id?: string
  }) {
    if ((await countDirty(this.db_)) <= 31) await refreshDirty(this.db_, 31)
    const currency = (q.currency_code ?? (await kpi.defaultCurrency(this.db_))).toLowerCase()
    const f: kpi.KpiFilters = { from: q.from, to: q.to, currency_code: currency, sales_channel_id: q.sales_channel_id, region_id: q.region_id, category_id: q.category_id }
    const toMonth = q.to.slice(0, 7)
    const firstMonth = (() => {
      const y = Number(toMonth.slice(0, 4))
      const m = Number(toMonth.slice(5, 7)) - 11
      const d = new Date(Date.UTC(y, m - 1, 1))
      return d.toISOString().slice(0, 7)
    })()
    const [sales, traffic, customers, products, categories, cohorts, quality, dimensions] = await Promise.all([
      kpi.dailySales(this.db_, f),
      kpi.dailyTraffic(this.db_, f),
      kpi.customerCounts(this.db_, f),
      kpi.topProducts(this.db_, f),
      kpi.topCategories(this.db_, f),
      kpi.cohortCounts(this.db_, firstMonth, toMonth),
      kpi.rejections(this.db_, q.from, q.to),
      kpi.kpiDimensions(this.db_),
    ])
    let previous = null
    let previousRange = null
    if (q.compare === "previous_period") {
      previousRange = previousDays(q.from, q.to)
      const pf = { ...f, ...previousRange }
      const [ps, pt, pc] = await Promise.all([kpi.dailySales(this.db_, pf), kpi.dailyTraffic(this.db_, pf), kpi.customerCounts(this.db_, pf)])
      previous = summarize(ps, pt, pc)
    }
    const current = summarize(sales, traffic, customers)
    const t = traffic.reduce(
      (a, r) => ({
        viewed: a.viewed + r.sessions_viewed,
        added_to_cart: a.added_to_cart + r.sessions_carted,
        checkout_started: a.checkout_started + r.sessions_checkout,
        ordered: a.ordered + r.sessions_ordered,
      }),
      { viewed: 0, added_to_cart: 0, checkout_started: 0, ordered: 0 }
    )
    return {
      range: { from: q.from, to: q.to, interval: q.interval, timezone: "UTC" },
      previous_range: previousRange,
      currency_code: currency,
      filters: { sales_channel_id: q.sales_channel_id ?? null, region_id: q.region_id ?? null, category_id: q.category_id ?? null },
      summary: compareSummaries(current, previous),
      series: kpiSeries(sales, traffic, q.from, q.to, q.interval),
      top_products: products,
      top_categories: categories,
      funnel: funnelFromCounts(t),
      cohorts: cohortMatrix(cohorts, toMonth),
      data_quality: { rejected_events: quality },
      dimensions,
    }
  }

  /** The demo seed steps of a plugin that already ran. */
  async demoSeedStepsDone(plugin: string): Promise<Set<string>> {
    const r = await this.db_.raw(`select step from finesse_seed_step where plugin = ? and deleted_at is null`, [plugin])
    return new Set(r.rows.map((x: { step: string }) => x.step))
  }

  async markDemoSeedStep(plugin: string, step: string, summary: string | null) {
    await this.db_.raw(
      `insert into finesse_seed_step (id, plugin, step, summary, created_at, updated_at) values (?, ?, ?, ?, now(), now())
       on conflict (plugin, step) where deleted_at is null do update set summary = excluded.summary, updated_at = now()`,
      [generateEntityId(undefined, "fseed"), plugin, step, summary]
    )
  }

  async countOrdersForFacts(): Promise<number> {
    return countOrders(this.db_)
  }
}
