/**
 * Promotion templates: a short, validated description of a common mechanic becomes the input of Medusa's own
 * createCampaignsWorkflow and createPromotionsWorkflow (amounts converted from minor to major units here, once).
 * The templates only use what Medusa's promotion module computes itself: standard and buy-get promotions, rules on
 * the cart (`customer.groups.id`, `currency_code`, `item_subtotal`) and on items (`items.product.id`), campaign
 * dates and budgets, the promotion's usage limit.
 */

export const TEMPLATE_CODES = ["flash_sale", "tiered_spend", "coupon", "bundle", "free_shipping"] as const
export type TemplateCode = (typeof TEMPLATE_CODES)[number]

export type TemplateBudget = { type: "spend"; limit: number } | { type: "usage"; limit: number }

export type TemplateCommon = {
  name: string
  /** the customer-facing code; tier promotions get `-1`, `-2`… */
  code: string
  currency_code: string
  /** epoch ms, [startsAt, endsAt) */
  startsAt: number
  endsAt: number
  /** a Medusa customer group (e.g. a persona segment's synced group); null = everyone */
  audienceGroupId?: string | null
  /** spend: discount money in minor units; usage: number of uses */
  budget?: TemplateBudget | null
  description?: string | null
}

export type FlashSaleArgs = { percentage: number; product_ids?: string[]; automatic?: boolean }
export type TieredSpendArgs = { tiers: { min_subtotal: number; amount_off: number }[]; automatic?: boolean }
export type CouponArgs = {
  type: "percentage" | "fixed"
  /** percent, or minor units off the order */
  value: number
  min_subtotal?: number | null
  /** each customer (by e-mail) may use it this many times (Medusa's use_by_attribute budget) */
  per_customer_limit?: number | null
  /** total uses of the code (the promotion's limit) */
  usage_limit?: number | null
}
export type BundleArgs = {
  buy_product_ids: string[]
  buy_quantity: number
  get_product_ids: string[]
  get_quantity: number
  /** off the "get" items; 100 = free */
  percentage: number
  automatic?: boolean
}
export type FreeShippingArgs = { min_subtotal?: number | null; automatic?: boolean }

export type TemplateInput =
  | (TemplateCommon & { template: "flash_sale"; args: FlashSaleArgs })
  | (TemplateCommon & { template: "tiered_spend"; args: TieredSpendArgs })
  | (TemplateCommon & { template: "coupon"; args: CouponArgs })
  | (TemplateCommon & { template: "bundle"; args: BundleArgs })
  | (TemplateCommon & { template: "free_shipping"; args: FreeShippingArgs })

type Rule = { attribute: string; operator: "in" | "eq" | "ne" | "gte" | "lt"; values: string[]; description?: string }

export type MedusaPromotionInput = {
  code: string
  type: "standard" | "buyget"
  status: "draft"
  is_automatic: boolean
  is_tax_inclusive: boolean
  limit?: number
  application_method: {
    type: "percentage" | "fixed"
    target_type: "order" | "items" | "shipping_methods"
    allocation: "across" | "each"
    value: number
    currency_code?: string
    max_quantity?: number
    apply_to_quantity?: number
    buy_rules_min_quantity?: number
    target_rules?: Rule[]
    buy_rules?: Rule[]
  }
  rules: Rule[]
  metadata: Record<string, unknown>
}

export type MedusaCampaignInput = {
  name: string
  campaign_identifier: string
  description: string
  starts_at: Date
  ends_at: Date
  budget: null | { type: "spend"; limit: number; currency_code: string } | { type: "usage"; limit: number } | { type: "use_by_attribute"; attribute: string; limit: number }
}

export type TemplatePlan = { campaign: MedusaCampaignInput; promotions: MedusaPromotionInput[] }

/** Thrown for a template input that Medusa would refuse or that makes no sense; `field` names the input field. */
export class TemplateError extends Error {
  constructor(readonly field: string, message: string) {
    super(`${field}: ${message}`)
    this.name = "TemplateError"
  }
}

const toMajor = (minor: number, exponent: number) => minor / 10 ** exponent

function check(ok: boolean, field: string, message: string) {
  if (!ok) throw new TemplateError(field, message)
}

/** The rules every promotion of the template carries: the audience group. */
function audienceRules(input: TemplateCommon): Rule[] {
  return input.audienceGroupId ? [{ attribute: "customer.groups.id", operator: "in", values: [input.audienceGroupId], description: "Audience" }] : []
}

function subtotalRule(minSubtotal: number, exponent: number, operator: "gte" | "lt" = "gte"): Rule {
  return { attribute: "item_subtotal", operator, values: [String(toMajor(minSubtotal, exponent))], description: operator === "gte" ? "Spend at least" : "Spend below" }
}

function currencyRule(currency: string): Rule {
  return { attribute: "currency_code", operator: "eq", values: [currency.toLowerCase()], description: "Currency" }
}

/**
 * The Medusa inputs of a template: one campaign (the dates the calendar shows, the budget) and its promotions,
 * created as drafts (launching activates them). `exponent` is the currency's minor-unit exponent.
 */
export function planTemplate(input: TemplateInput, exponent = 2): TemplatePlan {
  check(/^[A-Z0-9][A-Z0-9_-]{1,39}$/.test(input.code), "code", "2–40 characters: capital letters, digits, - and _")
  check(input.name.trim().length > 0, "name", "is required")
  check(Number.isFinite(input.startsAt) && Number.isFinite(input.endsAt) && input.endsAt > input.startsAt, "ends_at", "must be after starts_at")
  const currency = input.currency_code.toLowerCase()
  const meta = { finesse_template: input.template, finesse_name: input.name }
  const base = { status: "draft" as const, is_tax_inclusive: false, metadata: meta }
  const promotions: MedusaPromotionInput[] = []
  let budget: MedusaCampaignInput["budget"] = null
  if (input.budget) {
    check(input.budget.limit > 0, "budget.limit", "must be positive")
    budget = input.budget.type === "spend" ? { type: "spend", limit: toMajor(input.budget.limit, exponent), currency_code: currency } : { type: "usage", limit: input.budget.limit }
  }

  switch (input.template) {
    case "flash_sale": {
      const a = input.args
      check(a.percentage > 0 && a.percentage <= 100, "args.percentage", "must be in (0, 100]")
      const products = a.product_ids ?? []
      promotions.push({
        ...base,
        code: input.code,
        type: "standard",
        is_automatic: a.automatic ?? true,
        application_method: products.length
          ? { type: "percentage", target_type: "items", allocation: "across", value: a.percentage, target_rules: [{ attribute: "items.product.id", operator: "in", values: products, description: "Products" }] }
          : { type: "percentage", target_type: "order", allocation: "across", value: a.percentage },
        rules: audienceRules(input),
      })
      break
    }
    case "tiered_spend": {
      const tiers = [...input.args.tiers].sort((x, y) => x.min_subtotal - y.min_subtotal)
      check(tiers.length >= 1 && tiers.length <= 5, "args.tiers", "1 to 5 tiers")
      tiers.forEach((t, i) => {
        check(t.min_subtotal > 0, `args.tiers[${i}].min_subtotal`, "must be positive")
        check(t.amount_off > 0 && t.amount_off < t.min_subtotal, `args.tiers[${i}].amount_off`, "must be positive and below the tier's threshold")
        if (i > 0) {
          check(t.min_subtotal > tiers[i - 1].min_subtotal, `args.tiers[${i}].min_subtotal`, "thresholds must differ")
          check(t.amount_off > tiers[i - 1].amount_off, `args.tiers[${i}].amount_off`, "a higher tier must save more")
        }
      })
      tiers.forEach((t, i) => {
        const next = tiers[i + 1]
        // each tier below the next one's threshold: a basket gets exactly one tier, never two stacked
        const rules = [...audienceRules(input), currencyRule(currency), subtotalRule(t.min_subtotal, exponent)]
        if (next) rules.push(subtotalRule(next.min_subtotal, exponent, "lt"))
        promotions.push({
          ...base,
          metadata: { ...meta, finesse_tier: i + 1, finesse_min_subtotal: t.min_subtotal },
          code: `${input.code}-${i + 1}`,
          type: "standard",
          is_automatic: input.args.automatic ?? true,
          application_method: { type: "fixed", target_type: "order", allocation: "across", value: toMajor(t.amount_off, exponent), currency_code: currency },
          rules,
        })
      })
      break
    }
    case "coupon": {
      const a = input.args
      if (a.type === "percentage") check(a.value > 0 && a.value <= 100, "args.value", "a percentage must be in (0, 100]")
      else check(a.value > 0 && Number.isInteger(a.value), "args.value", "a fixed amount is a positive whole number of minor units")
      const rules = audienceRules(input)
      if (a.min_subtotal) rules.push(subtotalRule(a.min_subtotal, exponent))
      if (a.type === "fixed") rules.push(currencyRule(currency))
      if (a.per_customer_limit) {
        check(a.per_customer_limit >= 1, "args.per_customer_limit", "must be at least 1")
        // Medusa's per-customer cap is the campaign budget itself: it replaces a spend or usage budget
        check(!input.budget, "budget", "a coupon with a per-customer limit cannot also have a campaign budget (Medusa allows one budget per campaign)")
        budget = { type: "use_by_attribute", attribute: "customer_email", limit: a.per_customer_limit }
      }
      promotions.push({
        ...base,
        code: input.code,
        type: "standard",
        is_automatic: false,
        ...(a.usage_limit ? { limit: a.usage_limit } : {}),
        application_method: {
          type: a.type,
          target_type: "order",
          allocation: "across",
          value: a.type === "percentage" ? a.value : toMajor(a.value, exponent),
          ...(a.type === "fixed" ? { currency_code: currency } : {}),
        },
        rules,
      })
      break
    }
    case "bundle": {
      const a = input.args
      check(a.buy_product_ids.length > 0, "args.buy_product_ids", "at least one product")
      check(a.get_product_ids.length > 0, "args.get_product_ids", "at least one product")
      check(Number.isInteger(a.buy_quantity) && a.buy_quantity >= 1, "args.buy_quantity", "a whole number ≥ 1")
      check(Number.isInteger(a.get_quantity) && a.get_quantity >= 1, "args.get_quantity", "a whole number ≥ 1")
      check(a.percentage > 0 && a.percentage <= 100, "args.percentage", "must be in (0, 100]")
      promotions.push({
        ...base,
        code: input.code,
        type: "buyget",
        is_automatic: a.automatic ?? true,
        application_method: {
          type: "percentage",
          target_type: "items",
          allocation: "each",
          value: a.percentage,
          max_quantity: a.get_quantity,
          apply_to_quantity: a.get_quantity,
          buy_rules_min_quantity: a.buy_quantity,
          buy_rules: [{ attribute: "items.product.id", operator: "in", values: a.buy_product_ids, description: "Buy" }],
          target_rules: [{ attribute: "items.product.id", operator: "in", values: a.get_product_ids, description: "Get" }],
        },
        rules: audienceRules(input),
      })
      break
    }
    case "free_shipping": {
      const a = input.args
      const rules = audienceRules(input)
      if (a.min_subtotal) rules.push(currencyRule(currency), subtotalRule(a.min_subtotal, exponent))
      promotions.push({
        ...base,
        code: input.code,
        type: "standard",
        is_automatic: a.automatic ?? true,
        application_method: { type: "percentage", target_type: "shipping_methods", allocation: "each", value: 100, max_quantity: 1 },
        rules,
      })
      break
    }
  }
  return {
    campaign: {
      name: input.name,
      campaign_identifier: input.code,
      description: input.description ?? `${input.name} (${input.template.replace(/_/g, " ")}, planned in Finesse)`,
      starts_at: new Date(input.startsAt),
      ends_at: new Date(input.endsAt),
      budget,
    },
    promotions,
  }
}
