import { indexCatalog } from "./catalog-index"
import { planCatalog } from "./plan-catalog"
import { IdFactory, planCustomers } from "./plan-customers"
import { REGIONS, STOCK_LOCATIONS } from "./plan-geography"
import { planOrders, type OrderDraft } from "./plan-orders"
import { applyPlants, PLANTS, type DemoPlant } from "./plants"
import { planPromotions } from "./plan-promotions"
import { SessionPlanner } from "./plan-sessions"
import { mix32 } from "./prng"
import { SearchIndex } from "./search-index"
import { DemandCalendar } from "./seasonality"
import { DAY, iso, monthStart, parseDate } from "./time"
import type { CurrencyCode, DemoOrder, DemoPlan, DemoPlanOptions } from "./types"

/** Scale is capped so a typo cannot ask for millions of events. */
export const MAX_SCALE = 5

function validate(options: DemoPlanOptions): void {
  if (!Number.isInteger(options.seed)) throw new Error(`seed must be an integer, got ${options.seed}`)
  if (!(Number.isFinite(options.scale) && options.scale > 0 && options.scale <= MAX_SCALE)) {
    throw new Error(`scale must be in (0, ${MAX_SCALE}], got ${options.scale}`)
  }
  parseDate(options.until)
}

function toOrder(draft: OrderDraft, key: string, refs: ReturnType<typeof indexCatalog>["refs"]): DemoOrder {
  const order: DemoOrder = {
    key,
    customerKey: draft.model.customer.key,
    regionKey: draft.model.regionKey,
    currency_code: draft.currency,
    created_at: iso(draft.time),
    status: draft.canceledAt === null ? "completed" : "canceled",
    items: draft.lines.map((l) => ({ variantKey: refs[l.ref].key, quantity: l.quantity, unit_price: l.unitPrice })),
    subtotal: draft.subtotal,
    promotionCode: draft.promotionCode,
    discount_total: draft.discount,
    shipping_total: draft.shipping,
    total: draft.subtotal - draft.discount + draft.shipping,
    session_id: draft.sessionId,
  }
  if (draft.canceledAt !== null) order.canceled_at = iso(draft.canceledAt)
  if (draft.returned) {
    order.return = {
      requested_at: iso(draft.returned.requested),
      received_at: iso(draft.returned.received),
      items: draft.returned.lines.map((l) => ({ variantKey: refs[l.ref].key, quantity: l.quantity })),
      refund_amount: draft.returned.refund,
    }
  }
  return order
}

/**
 * Plans a complete demo fashion & home store with 13 months of history ending on `until` (the month of
 * `until` and the 12 before it), with the capability plugins' plants applied (none with `plants = []`). Pure and
 * deterministic: the same options give the same plan, key for key.
 * See BEHAVIOUR_PROFILES, seasonality.ts and plan-promotions.ts for the patterns it plants.
 */
export function planDemoStore(options: DemoPlanOptions, plants: DemoPlant[] = PLANTS): DemoPlan {
  validate(options)
  const { seed, scale } = options
  const until = parseDate(options.until)
  const start = monthStart(until, -12)
  const end = until + DAY

  const catalog = planCatalog(seed, scale)
  const index = indexCatalog(catalog)
  const { promotions, windows, lifts } = planPromotions(start, end)
  const calendar = new DemandCalendar(start, end, windows, lifts, REGIONS.map((r) => r.key))
  const devices = new IdFactory("anon_", mix32((seed ^ 0x2545f491) >>> 0))
  const customers = planCustomers(seed, scale, start, end, calendar, index, devices)
  const currencyOf = (regionKey: string): CurrencyCode =>
    REGIONS.find((r) => r.key === regionKey)?.currency_code ?? "eur"
  const drafts = planOrders(seed, customers, index, calendar, windows, promotions, start, end, currencyOf)

  const sessions = new SessionPlanner(
    seed,
    catalog,
    index,
    new SearchIndex(catalog),
    calendar,
    new IdFactory("ses_", mix32((seed ^ 0x68e31da4) >>> 0)),
    start,
    end
  )
  const ordersPerCustomer = new Map<string, number>()
  for (const draft of drafts) {
    sessions.orderSession(draft)
    const key = draft.model.customer.key
    ordersPerCustomer.set(key, (ordersPerCustomer.get(key) ?? 0) + 1)
  }
  for (const model of customers) sessions.customerSessions(model, ordersPerCustomer.get(model.customer.key) ?? 0)
  sessions.anonymousSessions(scale, devices)

  const sorted = drafts
    .map((d, i) => [d, i] as const)
    .sort((a, b) => a[0].time - b[0].time || a[1] - b[1])
    .map(([d]) => d)
  const orders = sorted.map((d, i) => toOrder(d, `ord_${String(i + 1).padStart(6, "0")}`, index.refs))

  return applyPlants({
    options: { ...options },
    historyStart: iso(start),
    historyEnd: iso(end - 1),
    regions: REGIONS.map((r) => ({ ...r, countries: [...r.countries] })),
    stockLocations: STOCK_LOCATIONS.map((l) => ({ ...l, address: { ...l.address } })),
    categories: catalog.categories,
    collections: catalog.collections,
    products: catalog.products,
    promotions,
    customers: customers.map((m) => m.customer),
    orders,
    events: sessions.log.sorted(),
    truth: {},
  }, seed, plants)
}
