import { ANONYMOUS_VISITORS_AT_SCALE_1, BEHAVIOUR_PROFILES } from "./behaviours"
import type { CatalogIndex } from "./catalog-index"
import type { PlannedCatalog } from "./plan-catalog"
import type { CustomerModel, IdFactory } from "./plan-customers"
import { pickItems, type OrderDraft } from "./plan-orders"
import { Rng } from "./prng"
import type { SearchIndex } from "./search-index"
import type { DemandCalendar } from "./seasonality"
import { HOUR, iso } from "./time"
import type { CurrencyCode, DemoEvent, DemoEventProperties, DemoEventType } from "./types"

type SessionKind = "browse" | "cart" | "checkout" | "bounce"

/** Who is browsing: a registered customer (maybe not logged in yet) or an anonymous visitor. */
type Visitor = { regionKey: string; devices: string[]; model: CustomerModel | null }

/** 2^26: event indexes below this pack with a time in seconds into one exact double (26 + 26 bits). */
const INDEX_SPAN = 67_108_864

/** Whole seconds, in ms: every event time stays on a whole second (see EventLog.sorted). */
const seconds = (rng: Rng, min: number, max: number) => Math.round(rng.range(min, max)) * 1000

/**
 * A session being built: its events (created in their final shape, visitor and time filled in on write) and
 * the pause before each.
 */
class SessionSteps {
  readonly events: DemoEvent[] = []
  readonly gaps: number[] = []

  add<T extends DemoEventType>(type: T, properties: DemoEventProperties[T], gap: number): void {
    this.events.push({ type, anonymous_id: "", session_id: "", customerKey: null, occurred_at: "", properties } as DemoEvent)
    this.gaps.push(gap)
  }

  duration(): number {
    return this.gaps.reduce((a, b) => a + b, 0)
  }
}

/** Collects events in generation order with their epoch-ms times for the final sort. */
class EventLog {
  readonly events: DemoEvent[] = []
  readonly times: number[] = []

  /** Writes a session from `start`; the customer key shows from `visibleFrom` on. */
  write(steps: SessionSteps, start: number, anonymousId: string, sessionId: string, customerKey: string | null, visibleFrom: number) {
    let t = start
    steps.events.forEach((event, i) => {
      t += steps.gaps[i]
      event.anonymous_id = anonymousId
      event.session_id = sessionId
      event.customerKey = customerKey !== null && t >= visibleFrom ? customerKey : null
      event.occurred_at = iso(t)
      this.events.push(event)
      this.times.push(t)
    })
  }

  /** Events sorted by time (generation order breaks ties, so a session's events stay in order). */
  sorted(): DemoEvent[] {
    const n = this.events.length
    let base = Infinity
    for (const t of this.times) if (t < base) base = t
    base = Math.floor(base / 1000) * 1000
    // Fast path: times are whole seconds, so (seconds since base, index) packs into one exact double and a
    // native numeric sort does the work; otherwise a comparator sort.
    const keys = new Float64Array(n)
    let packable = n < INDEX_SPAN
    for (let i = 0; i < n && packable; i++) {
      const s = (this.times[i] - base) / 1000
      if (!Number.isInteger(s) || s >= INDEX_SPAN) packable = false
      else keys[i] = s * INDEX_SPAN + i
    }
    if (packable) {
      keys.sort()
      const out = new Array<DemoEvent>(n)
      for (let k = 0; k < n; k++) out[k] = this.events[keys[k] % INDEX_SPAN]
      return out
    }
    const order = Array.from({ length: n }, (_, i) => i)
    order.sort((a, b) => this.times[a] - this.times[b] || a - b)
    return order.map((i) => this.events[i])
  }
}

export class SessionPlanner {
  readonly log = new EventLog()
  private readonly rng: Rng

  constructor(
    seed: number,
    private readonly catalog: PlannedCatalog,
    private readonly index: CatalogIndex,
    private readonly search: SearchIndex,
    private readonly calendar: DemandCalendar,
    private readonly sessionIds: IdFactory,
    private readonly start: number,
    private readonly end: number
  ) {
    this.rng = new Rng(seed, "sessions")
  }

  private landing(ref: number | null): string {
    const u = this.rng.next()
    if (ref === null || u < 0.45) return "/"
    if (u < 0.65) return "/store"
    const r = this.index.refs[ref]
    const product = this.catalog.products[r.productIndex]
    if (u < 0.85 || product.collectionKey === null) return `/categories/${this.catalog.leaves[r.leaf].handle}`
    return `/collections/${product.collectionKey.replace(/^col_/, "").replace(/_/g, "-")}`
  }

  private view(s: SessionSteps, ref: number): void {
    const r = this.index.refs[ref]
    s.add("product_viewed", { product_key: r.productKey, variant_key: r.key, category_key: r.categoryKey }, seconds(this.rng, 20, 150))
  }

  private cart(s: SessionSteps, type: "cart_item_added" | "cart_item_removed", ref: number, quantity: number, gap: number): void {
    const r = this.index.refs[ref]
    s.add(type, { product_key: r.productKey, variant_key: r.key, quantity }, gap)
  }

  private searchFor(s: SessionSteps, ref: number): void {
    const query = this.search.queryFor(this.rng, this.index, ref)
    s.add("search", { query, result_count: this.search.resultCount(query) }, seconds(this.rng, 4, 25))
  }

  /** Landing, then a search or a category page about the first item. */
  private entry(first: number | null): SessionSteps {
    const rng = this.rng
    const s = new SessionSteps()
    s.add("page_viewed", { path: this.landing(first) }, 0)
    if (first === null) return s
    if (rng.chance(0.35)) this.searchFor(s, first)
    else if (rng.chance(0.5)) s.add("category_viewed", { category_key: this.index.refs[first].categoryKey }, seconds(rng, 4, 30))
    return s
  }

  /** Views (with a look at a neighbour now and then) and adds for each item; sometimes an item added then removed. */
  private shop(items: { ref: number; quantity: number }[], currency: CurrencyCode, checkout: boolean): SessionSteps {
    const rng = this.rng
    const s = this.entry(items[0]?.ref ?? null)
    for (const item of items) {
      if (rng.chance(0.3)) this.view(s, this.index.byLeaf[this.index.refs[item.ref].leaf].sample(rng))
      this.view(s, item.ref)
      this.cart(s, "cart_item_added", item.ref, item.quantity, seconds(rng, 8, 60))
    }
    if (rng.chance(0.12)) {
      const extra = this.index.popular.sample(rng)
      if (!items.some((i) => i.ref === extra)) {
        this.view(s, extra)
        this.cart(s, "cart_item_added", extra, 1, seconds(rng, 8, 60))
        this.cart(s, "cart_item_removed", extra, 1, seconds(rng, 20, 240))
      }
    }
    if (checkout) {
      const subtotal = items.reduce((sum, i) => sum + i.quantity * this.index.refs[i.ref].prices[currency], 0)
      const itemCount = items.reduce((sum, i) => sum + i.quantity, 0)
      s.add("checkout_started", { item_count: itemCount, subtotal, currency_code: currency }, seconds(rng, 20, 120))
    }
    return s
  }

  /** Logged in from the start (55 %) or only at checkout; never before the account exists. */
  private visibleFrom(model: CustomerModel | null, sessionStart: number, checkoutAt: number): number {
    if (model === null) return Infinity
    const login = this.rng.chance(0.55) ? sessionStart : checkoutAt
    return Math.max(login, model.created)
  }

  /** The session that ends in `order`: every item viewed and added, then checkout 1–7 minutes before the order. */
  orderSession(order: OrderDraft): void {
    const rng = this.rng
    const model = order.model
    order.sessionId = this.sessionIds.next()
    const steps = this.shop(
      order.lines.map((l) => ({ ref: l.ref, quantity: l.quantity })),
      order.currency,
      true
    )
    const checkoutAt = order.time - seconds(rng, 60, 420)
    const start = checkoutAt - steps.duration()
    this.log.write(steps, start, rng.pick(model.devices), order.sessionId, model.customer.key, this.visibleFrom(model, start, checkoutAt))
  }

  /** A session without an order, at a time drawn from the visitor's demand in [from, to). */
  session(visitor: Visitor, kind: SessionKind, from: number, to: number, views: [number, number]): void {
    const rng = this.rng
    const model = visitor.model
    const latest = Math.min(to, this.end - HOUR)
    if (latest <= from) return
    const mode = model?.behaviour === "bargain_hunter" ? "bargain" : "base"
    const start = this.calendar.sample(rng, visitor.regionKey, mode, from, latest)
    const currency: CurrencyCode = visitor.regionKey === "reg_na" ? "usd" : "eur"
    const pick = (n: number) =>
      model ? pickItems(rng, model, this.index, n) : Array.from({ length: n }, () => this.index.popular.sample(rng))
    let steps: SessionSteps
    if (kind === "bounce") {
      steps = this.entry(null)
      if (rng.chance(0.3)) this.searchFor(steps, this.index.popular.sample(rng))
    } else if (kind === "browse") {
      const refs = pick(rng.int(views[0], views[1]))
      steps = this.entry(refs[0] ?? null)
      for (const ref of refs) this.view(steps, ref)
    } else {
      const items = pick(kind === "cart" ? rng.int(1, 2) : rng.int(1, 3)).map((ref) => ({ ref, quantity: rng.chance(0.9) ? 1 : 2 }))
      steps = this.shop(items, currency, kind === "checkout")
      if (kind === "cart" && rng.chance(0.25) && items.length > 0) {
        this.cart(steps, "cart_item_removed", items[0].ref, items[0].quantity, seconds(rng, 20, 300))
      }
    }
    const checkoutAt = kind === "checkout" ? start + steps.duration() : Infinity
    this.log.write(
      steps,
      start,
      rng.pick(visitor.devices),
      this.sessionIds.next(),
      model?.customer.key ?? null,
      this.visibleFrom(model, start, checkoutAt)
    )
  }

  /** Browsing that did not end in an order, per the customer's behaviour. */
  customerSessions(model: CustomerModel, orderCount: number): void {
    const rng = this.rng
    const profile = BEHAVIOUR_PROFILES[model.behaviour]
    const s = profile.sessions
    const base = (s.perOrder ? orderCount : 1) * model.activity
    const visitor: Visitor = { regionKey: model.regionKey, devices: model.devices, model }
    const kinds: [SessionKind, number][] = [
      ["browse", s.browse],
      ["cart", s.cart],
      ["checkout", s.checkout],
      ["bounce", s.bounce],
    ]
    for (const [kind, expected] of kinds) {
      const n = rng.round(expected * base)
      for (let i = 0; i < n; i++) this.session(visitor, kind, model.activeFrom, model.activeTo, profile.views)
    }
    if (model.behaviour === "lapsed") {
      // they still look in now and then, without buying
      for (let i = rng.int(0, 2); i > 0; i--) this.session(visitor, "bounce", model.activeTo, this.end, profile.views)
    }
  }

  /** Visitors who never register: mostly bounces and browsing, a few carts. */
  anonymousSessions(scale: number, devices: IdFactory): void {
    const rng = this.rng
    const visitors = Math.round(ANONYMOUS_VISITORS_AT_SCALE_1 * scale)
    const kinds: SessionKind[] = ["browse", "bounce", "cart", "checkout"]
    for (let v = 0; v < visitors; v++) {
      const visitor: Visitor = { regionKey: rng.chance(0.62) ? "reg_eu" : "reg_na", devices: [devices.next()], model: null }
      for (let n = rng.weighted([1, 2, 3], [0.6, 0.28, 0.12]); n > 0; n--) {
        this.session(visitor, rng.weighted(kinds, [0.5, 0.35, 0.12, 0.03]), this.start, this.end, [1, 4])
      }
    }
  }
}
