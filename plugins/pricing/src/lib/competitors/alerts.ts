import { z } from "@medusajs/framework/zod"
import { formatMinor } from "../money/rounding"
import { DAY_MS } from "../strategies/types"
import { SELF, type PricePoint, type PriceSeries } from "./price-history"

/** What an alert rule sees for one variant in one currency. */
export type AlertContext = {
  now: number
  variantId: string
  productId: string
  currencyCode: string
  ownPrice: number
  /** our own price changes (competitorId "self"), ascending; may be empty */
  ownHistory: readonly PricePoint[]
  /** each competitor's history for this variant and currency */
  competitors: readonly PriceSeries[]
}

export type Alert = {
  code: string
  variantId: string
  productId: string
  competitorId: string | null
  severity: "info" | "warning" | "critical"
  message: string
  /** the same situation keeps the same key across runs, so a notification goes out once */
  key: string
  data: Record<string, number | string | string[] | null>
}

export type AlertRule<A = unknown> = {
  code: string
  description: string
  argsSchema: z.ZodType<A>
  evaluate(ctx: AlertContext, args: A): Alert[]
}

const last = <T>(a: readonly T[]) => (a.length ? a[a.length - 1] : undefined)
/** Seen within maxAgeDays: a point's `at` is when its state began, lastSeenAt when it was last confirmed. */
const isFresh = (s: PriceSeries, now: number, maxAgeDays: number) => {
  const p = last(s.points)
  const seen = s.lastSeenAt ?? p?.at
  return !!p && seen !== undefined && seen <= now && now - seen <= maxAgeDays * DAY_MS
}

export const undercutArgs = z.object({ pct: z.number().min(0).max(90).default(5), maxAgeDays: z.number().positive().default(3) }).strict()
/** A competitor in stock, seen within maxAgeDays, more than pct below our price. */
export const undercutAlert: AlertRule<z.infer<typeof undercutArgs>> = {
  code: "undercut",
  description: "A competitor is below our price by more than x %",
  argsSchema: undercutArgs,
  evaluate(ctx, a) {
    const out: Alert[] = []
    for (const s of ctx.competitors) {
      const p = last(s.points)
      if (!p || !p.inStock || !isFresh(s, ctx.now, a.maxAgeDays)) continue
      const gap = ((ctx.ownPrice - p.price) / ctx.ownPrice) * 100
      if (!(gap > a.pct)) continue
      const gapR = Math.round(gap * 10) / 10
      out.push({
        code: "undercut",
        variantId: ctx.variantId,
        productId: ctx.productId,
        competitorId: s.competitorId,
        severity: gap > 2 * a.pct ? "critical" : "warning",
        message: `${s.competitorId} sells at ${formatMinor(p.price, ctx.currencyCode)}, ${gapR} % below our ${formatMinor(ctx.ownPrice, ctx.currencyCode)} (threshold ${a.pct} %)`,
        key: `undercut:${ctx.variantId}:${ctx.currencyCode}:${s.competitorId}:${p.at}`,
        data: { competitorPrice: p.price, ownPrice: ctx.ownPrice, gapPct: gapR, since: p.at },
      })
    }
    return out
  },
}

export const outOfStockArgs = z.object({ maxAgeDays: z.number().positive().default(3) }).strict()
/** A competitor's latest observation (within maxAgeDays) says out of stock; `since` is when that began. */
export const outOfStockAlert: AlertRule<z.infer<typeof outOfStockArgs>> = {
  code: "competitor_out_of_stock",
  description: "A competitor is out of stock (a chance to hold or raise the price)",
  argsSchema: outOfStockArgs,
  evaluate(ctx, a) {
    const out: Alert[] = []
    for (const s of ctx.competitors) {
      const p = last(s.points)
      if (!p || p.inStock || !isFresh(s, ctx.now, a.maxAgeDays)) continue
      let i = s.points.length - 1
      while (i > 0 && !s.points[i - 1].inStock) i--
      const since = s.points[i].at
      const days = Math.floor(((ctx.now - since) / DAY_MS) * 10) / 10
      out.push({
        code: "competitor_out_of_stock",
        variantId: ctx.variantId,
        productId: ctx.productId,
        competitorId: s.competitorId,
        severity: "info",
        message: `${s.competitorId} is out of stock since ${new Date(since).toISOString().slice(0, 10)} (${days} days)`,
        key: `competitor_out_of_stock:${ctx.variantId}:${ctx.currencyCode}:${s.competitorId}:${since}`,
        data: { since, days, lastPrice: p.price },
      })
    }
    return out
  },
}

export const priceWarArgs = z
  .object({
    windowDays: z.number().positive().max(365).default(14),
    /** undercuts in a row, by alternating parties, to call it a war */
    minUndercuts: z.number().int().min(2).default(3),
    /** the longest pause between two undercuts of one war */
    maxGapDays: z.number().positive().default(4),
  })
  .strict()
export type PriceWarArgs = z.infer<typeof priceWarArgs>

export type UndercutMove = { at: number; party: string; from: number; to: number; previousLowest: number; previousLeader: string }

/**
 * Price war, defined: within the window, a run of at least minUndercuts undercuts where each undercut is made by a
 * different party than the one before and follows it within maxGapDays. An undercut is a price cut that takes a
 * party from not being the cheapest to being strictly the cheapest of all parties in stock (us, "self", and every
 * competitor). So "A cuts under B, B cuts back under A, A cuts again" is a war; one competitor lowering its price
 * three times is not, nor are cuts that stay above the cheapest price. Parties out of stock have no price.
 * Returns the latest such run, or null.
 */
export function detectPriceWar(parties: readonly PriceSeries[], now: number, a: PriceWarArgs): UndercutMove[] | null {
  const start = now - a.windowDays * DAY_MS
  const current = new Map<string, number | undefined>()
  const events: { at: number; party: string; point: PricePoint }[] = []
  for (const s of parties) {
    let before: PricePoint | undefined
    for (const p of s.points) {
      if (p.at < start) before = p
      else if (p.at <= now) events.push({ at: p.at, party: s.competitorId, point: p })
    }
    current.set(s.competitorId, before && before.inStock ? before.price : undefined)
  }
  events.sort((x, y) => x.at - y.at || (x.party < y.party ? -1 : x.party > y.party ? 1 : 0))
  let chain: UndercutMove[] = []
  let best: UndercutMove[] | null = null
  const distinct = (c: UndercutMove[]) => new Set(c.map((m) => m.party)).size
  for (const e of events) {
    const prev = current.get(e.party)
    current.set(e.party, e.point.inStock ? e.point.price : undefined)
    if (!e.point.inStock || prev === undefined || !(e.point.price < prev)) continue
    let lowest = Infinity
    let leader = ""
    for (const [party, price] of current) {
      if (party !== e.party && price !== undefined && price < lowest) [lowest, leader] = [price, party]
    }
    if (lowest === Infinity || !(e.point.price < lowest) || prev < lowest) continue
    const move: UndercutMove = { at: e.at, party: e.party, from: prev, to: e.point.price, previousLowest: lowest, previousLeader: leader }
    const tail = chain[chain.length - 1]
    if (!tail || e.at - tail.at > a.maxGapDays * DAY_MS || tail.party === e.party) chain = [move]
    else chain.push(move)
    if (chain.length >= a.minUndercuts && distinct(chain) >= 2) best = [...chain]
  }
  return best
}

export const priceWarAlert: AlertRule<PriceWarArgs> = {
  code: "price_war",
  description: "Alternating undercuts between us and a competitor, or among competitors, within a window",
  argsSchema: priceWarArgs,
  evaluate(ctx, a) {
    const parties: PriceSeries[] = [...ctx.competitors]
    if (ctx.ownHistory.length) parties.push({ competitorId: SELF, variantId: ctx.variantId, currencyCode: ctx.currencyCode, points: [...ctx.ownHistory] })
    const war = detectPriceWar(parties, ctx.now, a)
    if (!war) return []
    const names = [...new Set(war.map((m) => m.party))].sort()
    const first = war[0]
    const end = war[war.length - 1]
    const dropPct = Math.round(((first.previousLowest - end.to) / first.previousLowest) * 1000) / 10
    const fmt = (p: number) => formatMinor(p, ctx.currencyCode)
    return [
      {
        code: "price_war",
        variantId: ctx.variantId,
        productId: ctx.productId,
        competitorId: names.find((n) => n !== SELF) ?? null,
        severity: names.includes(SELF) ? "critical" : "warning",
        message: `price war between ${names.join(" and ")}: ${war.length} alternating undercuts in ${Math.max(1, Math.round((end.at - first.at) / DAY_MS))} days, lowest price ${fmt(first.previousLowest)} → ${fmt(end.to)} (−${dropPct} %)`,
        key: `price_war:${ctx.variantId}:${ctx.currencyCode}:${first.at}`,
        data: { parties: names, undercuts: war.length, startedAt: first.at, lastAt: end.at, fromPrice: first.previousLowest, toPrice: end.to, dropPct },
      },
    ]
  },
}

export const ALERT_RULES: readonly AlertRule<any>[] = [undercutAlert, priceWarAlert, outOfStockAlert]

export const alertConfigSchema = z
  .object({ undercut: undercutArgs.optional(), price_war: priceWarArgs.optional(), competitor_out_of_stock: outOfStockArgs.optional() })
  .strict()
export type AlertConfig = z.input<typeof alertConfigSchema>

/**
 * Validates the alert settings once (throws a ZodError naming the field) and returns a function that runs every
 * configured rule for one variant; all three rules with their defaults when config is absent.
 */
export function createAlertRunner(config?: AlertConfig): (ctx: AlertContext) => Alert[] {
  const c = alertConfigSchema.parse(config ?? { undercut: {}, price_war: {}, competitor_out_of_stock: {} }) as Record<string, unknown>
  const rules = ALERT_RULES.filter((r) => c[r.code] !== undefined).map((r) => [r, r.argsSchema.parse(c[r.code])] as const)
  return (ctx) => {
    const out: Alert[] = []
    for (const [rule, args] of rules) out.push(...rule.evaluate(ctx, args))
    return out
  }
}

/** One variant's alerts; for many variants build the runner once with createAlertRunner. */
export function evaluateAlerts(ctx: AlertContext, config?: AlertConfig): Alert[] {
  return createAlertRunner(config)(ctx)
}
