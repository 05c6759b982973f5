/**
 * The pure half of the pre-launch simulation: past orders (or carts) replayed through Medusa's own promotion
 * computation with the candidate promotion give each order's lines before and after it; this sums what the
 * promotion would have cost and done. The replay itself (computeActions on a cart built from the order) is glue.
 */

export type ReplayLine = {
  product_id: string | null
  quantity: number
  /** minor units */
  unit_price: number
  /** discount on the line, minor units (the order's existing promotions before; with the candidate after) */
  discount_total: number
  /** minor units, null when unknown */
  unit_cost: number | null
}

export type ReplayedOrder = {
  id: string
  customer_id: string | null
  placed_at: Date | number
  before: ReplayLine[]
  after: ReplayLine[]
  /** shipping discount the candidate adds (free-shipping promotions), minor units */
  shipping_discount_added?: number
}

export type ReplaySummary = {
  orders: number
  /** orders whose discount the candidate would have changed */
  affectedOrders: number
  affectedCustomers: number
  /** added discount over all orders (lines + shipping), minor units */
  discountCost: number
  /** subtotal before any discount, minor units */
  subtotal: number
  netBefore: number
  netAfter: number
  /** gross margin (net − cost) over lines with a known cost, minor units */
  marginBefore: number
  marginAfter: number
  marginRateBefore: number
  marginRateAfter: number
  /** lines without a unit cost (left out of the margin) */
  linesWithoutCost: number
  /** spend-threshold promotions: orders already at or above the threshold, and those just below it */
  threshold: null | {
    threshold: number
    qualifying: number
    /** orders within [nearShare × threshold, threshold): those a "spend X" message could move across */
    nearMiss: number
    /** the average amount the near-miss orders were short, minor units */
    averageShortfall: number
    /** discount cost if every near-miss order crossed the threshold (at the qualifying orders' average discount) */
    nearMissCostIfCrossed: number
  }
  /** per product: added discount, minor units, largest first (top 20) */
  topProducts: { productId: string; discount: number; affectedOrders: number }[]
}

function lineSums(lines: ReplayLine[]) {
  let subtotal = 0
  let discount = 0
  let cost = 0
  let netKnown = 0
  let unknown = 0
  for (const l of lines) {
    const gross = l.quantity * l.unit_price
    subtotal += gross
    discount += l.discount_total
    if (l.unit_cost === null || l.unit_cost === undefined) unknown++
    else {
      cost += l.quantity * l.unit_cost
      netKnown += gross - l.discount_total
    }
  }
  return { subtotal, discount, cost, netKnown, unknown }
}

export function summarizeReplay(orders: readonly ReplayedOrder[], options: { spendThreshold?: number; nearShare?: number } = {}): ReplaySummary {
  const nearShare = options.nearShare ?? 0.8
  let affected = 0
  const customers = new Set<string>()
  let discountCost = 0
  let subtotal = 0
  let netBefore = 0
  let netAfter = 0
  let marginBefore = 0
  let marginAfter = 0
  let knownNetBefore = 0
  let knownNetAfter = 0
  let unknown = 0
  let qualifying = 0
  let qualifyingDiscount = 0
  let near = 0
  let shortfall = 0
  const products = new Map<string, { discount: number; orders: number }>()
  for (const o of orders) {
    const b = lineSums(o.before)
    const a = lineSums(o.after)
    const shipping = o.shipping_discount_added ?? 0
    const added = a.discount - b.discount + shipping
    subtotal += b.subtotal
    netBefore += b.subtotal - b.discount
    netAfter += a.subtotal - a.discount - shipping
    marginBefore += b.netKnown - b.cost
    marginAfter += a.netKnown - a.cost - shipping
    knownNetBefore += b.netKnown
    knownNetAfter += a.netKnown
    unknown += a.unknown
    if (added !== 0) {
      affected++
      if (o.customer_id) customers.add(o.customer_id)
      discountCost += added
      const byProduct = new Map<string, number>()
      o.after.forEach((l) => {
        const key = l.product_id ?? "(none)"
        byProduct.set(key, (byProduct.get(key) ?? 0) + l.discount_total)
      })
      o.before.forEach((l) => {
        const key = l.product_id ?? "(none)"
        byProduct.set(key, (byProduct.get(key) ?? 0) - l.discount_total)
      })
      for (const [key, d] of byProduct) {
        if (d === 0) continue
        const p = products.get(key) ?? { discount: 0, orders: 0 }
        p.discount += d
        p.orders++
        products.set(key, p)
      }
    }
    if (options.spendThreshold !== undefined) {
      const spend = b.subtotal - b.discount
      if (spend >= options.spendThreshold) {
        qualifying++
        qualifyingDiscount += added
      } else if (spend >= nearShare * options.spendThreshold) {
        near++
        shortfall += options.spendThreshold - spend
      }
    }
  }
  return {
    orders: orders.length,
    affectedOrders: affected,
    affectedCustomers: customers.size,
    discountCost,
    subtotal,
    netBefore,
    netAfter,
    marginBefore,
    marginAfter,
    marginRateBefore: knownNetBefore > 0 ? marginBefore / knownNetBefore : NaN,
    marginRateAfter: knownNetAfter > 0 ? marginAfter / knownNetAfter : NaN,
    linesWithoutCost: unknown,
    threshold:
      options.spendThreshold === undefined
        ? null
        : {
            threshold: options.spendThreshold,
            qualifying,
            nearMiss: near,
            averageShortfall: near > 0 ? Math.round(shortfall / near) : 0,
            nearMissCostIfCrossed: qualifying > 0 ? Math.round((qualifyingDiscount / qualifying) * near) : 0,
          },
    topProducts: [...products.entries()]
      .map(([productId, p]) => ({ productId, discount: p.discount, affectedOrders: p.orders }))
      .sort((x, y) => y.discount - x.discount || x.productId.localeCompare(y.productId))
      .slice(0, 20),
  }
}
