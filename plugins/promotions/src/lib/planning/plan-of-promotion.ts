import type { Budget } from "../evaluation/budget-burn"
import type { Audience, PromotionPlan } from "../checks/check-types"

/** The part of a Medusa promotion (query.graph of promotion with its rules and campaign) the checks read. */
export type MedusaPromotionLike = {
  id: string
  code: string | null
  type?: string | null
  status?: string | null
  is_automatic?: boolean | null
  application_method?: {
    type?: string | null
    target_type?: string | null
    value?: number | string | null
    currency_code?: string | null
    target_rules?: RuleLike[] | null
    buy_rules?: RuleLike[] | null
  } | null
  rules?: RuleLike[] | null
  campaign?: {
    starts_at?: Date | string | null
    ends_at?: Date | string | null
    budget?: { type?: string | null; limit?: number | string | null; currency_code?: string | null } | null
  } | null
}

export type RuleLike = { attribute?: string | null; operator?: string | null; values?: ({ value?: string | null } | string)[] | null }

export function ruleValues(rule: RuleLike): string[] {
  return (rule.values ?? []).map((v) => (typeof v === "string" ? v : v?.value ?? "")).filter((v) => v !== "")
}

/** Values of the promotion's rules on `attribute` with an "in"/"eq" operator (empty when it has none). */
export function rulesOn(rules: RuleLike[] | null | undefined, attribute: string, operators = ["in", "eq"]): string[] {
  const out: string[] = []
  for (const r of rules ?? []) if (r.attribute === attribute && operators.includes(r.operator ?? "")) out.push(...ruleValues(r))
  return out
}

const time = (v: Date | string | null | undefined) => (v ? new Date(v).getTime() : NaN)

/**
 * A Medusa promotion as the lib's PromotionPlan. Dates come from its campaign (or `fallback`); products from the
 * target rules on `items.product.id` ("all" for an order-wide discount); the audience from `customer.groups.id`.
 * A fixed amount off the order with a spend threshold is read as the largest share of the goods it can take
 * (amount ÷ threshold): the margin check then looks at the worst basket that qualifies. Money in minor units.
 */
export function planOfPromotion(
  p: MedusaPromotionLike,
  options: { exponent?: number; fallback?: { startsAt: number; endsAt: number }; now?: number } = {}
): PromotionPlan {
  const exp = options.exponent ?? 2
  const am = p.application_method ?? {}
  const value = Number(am.value ?? 0)
  const startsAt = Number.isFinite(time(p.campaign?.starts_at)) ? time(p.campaign?.starts_at) : (options.fallback?.startsAt ?? options.now ?? 0)
  const endsAt = Number.isFinite(time(p.campaign?.ends_at)) ? time(p.campaign?.ends_at) : (options.fallback?.endsAt ?? startsAt + 7 * 86_400_000)
  const products = rulesOn(am.target_rules, "items.product.id")
  const groups = rulesOn(p.rules, "customer.groups.id")
  const audience: Audience = groups.length ? { customerGroupIds: groups } : "everyone"
  let discount: PromotionPlan["discount"]
  if (am.target_type === "shipping_methods") {
    // free shipping takes nothing off the goods: the margin check sees the goods at full price
    discount = { type: "fixed", value: 0 }
  } else if (am.type === "percentage") {
    discount = { type: "percentage", value }
  } else {
    const minor = Math.round(value * 10 ** exp)
    const threshold = Math.max(0, ...rulesOn(p.rules, "item_subtotal", ["gte", "gt"]).map((v) => Math.round(Number(v) * 10 ** exp)))
    discount = am.target_type === "order" && threshold > 0 ? { type: "percentage", value: Math.min(100, (minor / threshold) * 100) } : { type: "fixed", value: minor }
  }
  let budget: Budget | undefined
  const b = p.campaign?.budget
  if (b && b.limit !== null && b.limit !== undefined && (b.type === "spend" || b.type === "usage")) {
    budget = { type: b.type, limit: b.type === "spend" ? Math.round(Number(b.limit) * 10 ** exp) : Number(b.limit) }
  }
  return {
    code: p.code ?? p.id,
    startsAt,
    endsAt,
    productIds: am.target_type === "items" && products.length ? products : "all",
    audience,
    discount,
    ...(budget ? { budget } : {}),
  }
}
