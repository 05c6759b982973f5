import type { ReplayedOrder, ReplayLine } from "./summarize-replay"

/**
 * The glue-free half of replaying a past order (or an open cart) through Medusa's promotion module: the
 * `computeActions` context a cart of the same lines would give, and the order's lines after the candidate's
 * actions. Money in minor units on our side, major units in Medusa's context (the exponent converts, once).
 */

export type ReplaySourceLine = {
  id: string
  product_id: string | null
  variant_id: string | null
  quantity: number
  /** minor units */
  unit_price: number
  /** the discount the order already had on the line, minor units */
  discount_total: number
  unit_cost: number | null
}

export type ReplaySource = {
  id: string
  customer_id: string | null
  email?: string | null
  placed_at: Date | number
  currency_code: string
  region_id: string | null
  sales_channel_id: string | null
  /** minor units, before shipping discounts */
  shipping_total: number
  lines: ReplaySourceLine[]
}

/** What Medusa's cart would know about a product for target and buy rules. */
export type ProductAttributes = { collection_id: string | null; type_id: string | null; category_ids: string[]; tag_ids: string[] }

export type ComputeActionsContext = {
  currency_code: string
  region_id?: string
  sales_channel_id?: string
  email?: string
  customer?: { id: string; groups: { id: string }[] }
  item_subtotal: number
  subtotal: number
  items: {
    id: string
    quantity: number
    subtotal: number
    original_total: number
    is_discountable: boolean
    product_id: string | null
    variant_id: string | null
    product: { id: string | null; collection_id: string | null; type_id: string | null; categories: { id: string }[]; tags: { id: string }[] }
  }[]
  shipping_methods: { id: string; subtotal: number; original_total: number }[]
}

export type ComputedAction = { action: string; item_id?: string; shipping_method_id?: string; amount?: number | string | { toString(): string }; code?: string }

const major = (minor: number, exponent: number) => minor / 10 ** exponent

/**
 * The context of a cart with the order's lines at their undiscounted prices (the candidate is computed on what the
 * customer put in the basket; the order's own discount stays on top, see `replayedOrder`), its customer with their
 * groups now, region, channel and shipping.
 */
export function computeActionsContext(
  source: ReplaySource,
  attributes: { groups: Map<string, string[]>; products: Map<string, ProductAttributes> },
  exponent = 2
): ComputeActionsContext {
  let subtotal = 0
  const items = source.lines.map((l) => {
    const gross = l.quantity * l.unit_price
    subtotal += gross
    const p = l.product_id ? attributes.products.get(l.product_id) : undefined
    return {
      id: l.id,
      quantity: l.quantity,
      subtotal: major(gross, exponent),
      original_total: major(gross, exponent),
      is_discountable: true,
      product_id: l.product_id,
      variant_id: l.variant_id,
      product: {
        id: l.product_id,
        collection_id: p?.collection_id ?? null,
        type_id: p?.type_id ?? null,
        categories: (p?.category_ids ?? []).map((id) => ({ id })),
        tags: (p?.tag_ids ?? []).map((id) => ({ id })),
      },
    }
  })
  const ctx: ComputeActionsContext = {
    currency_code: source.currency_code,
    item_subtotal: major(subtotal, exponent),
    subtotal: major(subtotal + source.shipping_total, exponent),
    items,
    shipping_methods: source.shipping_total > 0 ? [{ id: `${source.id}:shipping`, subtotal: major(source.shipping_total, exponent), original_total: major(source.shipping_total, exponent) }] : [],
  }
  if (source.region_id) ctx.region_id = source.region_id
  if (source.sales_channel_id) ctx.sales_channel_id = source.sales_channel_id
  if (source.email) ctx.email = source.email
  if (source.customer_id) ctx.customer = { id: source.customer_id, groups: (attributes.groups.get(source.customer_id) ?? []).map((id) => ({ id })) }
  return ctx
}

const toMinorAmount = (v: ComputedAction["amount"], exponent: number) => Math.round(Number(typeof v === "object" && v !== null ? v.toString() : (v ?? 0)) * 10 ** exponent)

/**
 * The order before and after the candidate: before, its lines as they were sold; after, each line's discount plus
 * what the candidate's ADD_ITEM_ADJUSTMENT actions add (a customer stacks the candidate on the code they used,
 * capped at the line's value), and the shipping discount of ADD_SHIPPING_METHOD_ADJUSTMENT actions.
 */
export function replayedOrder(source: ReplaySource, actions: readonly ComputedAction[], exponent = 2): ReplayedOrder {
  const added = new Map<string, number>()
  let shipping = 0
  for (const a of actions) {
    if (a.action === "addItemAdjustment" && a.item_id) added.set(a.item_id, (added.get(a.item_id) ?? 0) + toMinorAmount(a.amount, exponent))
    else if (a.action === "addShippingMethodAdjustment") shipping += toMinorAmount(a.amount, exponent)
  }
  const before: ReplayLine[] = []
  const after: ReplayLine[] = []
  for (const l of source.lines) {
    const line = { product_id: l.product_id, quantity: l.quantity, unit_price: l.unit_price, discount_total: l.discount_total, unit_cost: l.unit_cost }
    before.push(line)
    const gross = l.quantity * l.unit_price
    after.push({ ...line, discount_total: Math.min(gross, l.discount_total + (added.get(l.id) ?? 0)) })
  }
  return {
    id: source.id,
    customer_id: source.customer_id,
    placed_at: source.placed_at,
    before,
    after,
    shipping_discount_added: Math.min(source.shipping_total, shipping),
  }
}
