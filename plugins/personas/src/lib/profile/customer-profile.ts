import { DAY_MS, orderTableFromFacts, rowsBefore, type OrderFact, type OrderTable } from "../orders/order-table"
import { categoryAffinities, type CategoryAffinity, type ViewFact } from "./category-affinity"

/**
 * What we know about one customer as of a date, from their orders alone (population-relative labels such as
 * RFM scores and spend levels are added by their own modules, from breakpoints fitted on all customers).
 * Money is integer minor units; averages are rounded once, here, with Math.round.
 */
export type CustomerProfile = {
  customerId: string
  /** Frequency: orders placed before `asOf`. */
  orderCount: number
  firstOrderAt: number | null
  lastOrderAt: number | null
  /** Whole or fractional days from the last order to `asOf`; null without orders. */
  recencyDays: number | null
  /** Days from the first order to `asOf`. */
  tenureDays: number | null
  /** Total net spend. */
  monetaryMinor: number
  avgOrderValueMinor: number
  /** Mean days between consecutive orders; null with fewer than two orders. */
  meanInterPurchaseDays: number | null
  itemCount: number
  /** Share of orders that carried a discount, 0..1. */
  discountedShare: number
  /** Mean discount over the discounted orders; 0 when none. */
  avgDiscountMinor: number
  /** Mean of discount / (net + discount) over discounted orders: how deep the discounts they take are. */
  avgDiscountRate: number
  /** 0 = Sunday .. 6 = Saturday in the store's time zone; ties go to the earlier day. */
  preferredWeekday: number | null
  /** 0..23 in the store's time zone; ties go to the earlier hour. */
  preferredHour: number | null
  categoryAffinities: CategoryAffinity[]
}

export type ProfileOptions = {
  /** Orders at or after this instant are ignored (epoch ms). */
  asOf: number
  /** Store time zone as a fixed offset from UTC in minutes, for weekday and hour (no Intl in lib). */
  utcOffsetMinutes?: number
  /** Half-life of category interest in days. */
  affinityHalfLifeDays?: number
  /** Relative weight of a viewed category against a bought line. */
  viewWeight?: number
  topCategories?: number
}

/** The per-customer kernel over table rows a .. end - 1 (already cut at asOf). */
export function profileFromRows(
  table: OrderTable,
  c: number,
  end: number,
  views: readonly ViewFact[] | undefined,
  options: ProfileOptions,
): CustomerProfile {
  const { asOf, utcOffsetMinutes = 0, affinityHalfLifeDays = 90, viewWeight, topCategories } = options
  const a = table.offsets[c]
  const n = end - a
  let monetary = 0
  let items = 0
  let discounted = 0
  let discountSum = 0
  let rateSum = 0
  const weekdays = new Int32Array(7)
  const hours = new Int32Array(24)
  const offsetMs = utcOffsetMinutes * 60_000
  for (let o = a; o < end; o++) {
    monetary += table.netMinor[o]
    items += table.itemCount[o]
    const d = table.discountMinor[o]
    if (d > 0) {
      discounted++
      discountSum += d
      const gross = table.netMinor[o] + d
      rateSum += gross > 0 ? d / gross : 0
    }
    const local = table.time[o] + offsetMs
    const day = Math.floor(local / DAY_MS)
    weekdays[(((day + 4) % 7) + 7) % 7]++ // 1970-01-01 was a Thursday
    hours[Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / 3_600_000)]++
  }
  const argmax = (xs: Int32Array) => {
    let best = 0
    for (let i = 1; i < xs.length; i++) if (xs[i] > xs[best]) best = i
    return best
  }
  const first = n > 0 ? table.time[a] : null
  const last = n > 0 ? table.time[end - 1] : null
  return {
    customerId: table.customerIds[c],
    orderCount: n,
    firstOrderAt: first,
    lastOrderAt: last,
    recencyDays: last === null ? null : (asOf - last) / DAY_MS,
    tenureDays: first === null ? null : (asOf - first) / DAY_MS,
    monetaryMinor: monetary,
    avgOrderValueMinor: n > 0 ? Math.round(monetary / n) : 0,
    meanInterPurchaseDays: n > 1 && first !== null && last !== null ? (last - first) / DAY_MS / (n - 1) : null,
    itemCount: items,
    discountedShare: n > 0 ? discounted / n : 0,
    avgDiscountMinor: discounted > 0 ? Math.round(discountSum / discounted) : 0,
    avgDiscountRate: discounted > 0 ? rateSum / discounted : 0,
    preferredWeekday: n > 0 ? argmax(weekdays) : null,
    preferredHour: n > 0 ? argmax(hours) : null,
    categoryAffinities: categoryAffinities(table, a, end, views, asOf, {
      halfLifeDays: affinityHalfLifeDays,
      viewWeight,
      top: topCategories,
    }),
  }
}

/**
 * Profiles of every customer in the table as of `options.asOf` (customers whose orders all fall after it get
 * orderCount 0 and nulls). `viewsOf` supplies browse signals per customer id when there are any.
 */
export function computeProfiles(
  table: OrderTable,
  options: ProfileOptions,
  viewsOf?: (customerId: string) => readonly ViewFact[] | undefined,
): CustomerProfile[] {
  const out: CustomerProfile[] = new Array(table.customerIds.length)
  for (let c = 0; c < table.customerIds.length; c++) {
    out[c] = profileFromRows(table, c, rowsBefore(table, c, options.asOf), viewsOf?.(table.customerIds[c]), options)
  }
  return out
}

/** One customer's profile from their own orders: the incremental path after a new order or view. */
export function computeCustomerProfile(
  customerId: string,
  orders: readonly OrderFact[],
  options: ProfileOptions,
  views?: readonly ViewFact[],
): CustomerProfile {
  const table = orderTableFromFacts(orders.filter((o) => o.customerId === customerId))
  if (table.customerIds.length === 0) {
    return profileFromRows(
      { ...orderTableFromFacts([]), customerIds: [customerId], offsets: Int32Array.of(0, 0) },
      0,
      0,
      views,
      options,
    )
  }
  return profileFromRows(table, 0, rowsBefore(table, 0, options.asOf), views, options)
}
