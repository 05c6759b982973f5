import type { z } from "@medusajs/framework/zod"

/** What a customer can get back for a returned item. Stored and sent over HTTP: never rename one. */
export const RESOLUTIONS = ["refund", "store_credit", "exchange"] as const
export type Resolution = (typeof RESOLUTIONS)[number]

/** The state of a returned item as the customer declares it (or the warehouse finds it). */
export const ITEM_CONDITIONS = ["unopened", "like_new", "used", "damaged", "defective"] as const
export type ItemCondition = (typeof ITEM_CONDITIONS)[number]

/** The kinds of case a return policy decides (a repair goes through the warranty check instead). */
export const RETURN_KINDS = ["return", "exchange", "claim"] as const
export type ReturnKind = (typeof RETURN_KINDS)[number]

export type Outcome = "approve" | "review" | "refuse"
/** A rule may also have no objection ("pass"), which decides nothing by itself. */
export type RuleOutcome = Outcome | "pass"

export type ReturnLine = {
  /** The order line item id. */
  lineId: string
  productId: string
  variantId?: string | null
  categoryIds: string[]
  /** Units asked to return. */
  quantity: number
  /** Units bought on the line and already returned (or being returned) on earlier requests. */
  purchasedQuantity: number
  returnedQuantity?: number
  /** Price paid per unit after discounts, minor units. */
  unitPriceMinor: number
  /** The product or line was sold as final sale (the caller reads it from a tag, metadata or price list). */
  finalSale?: boolean
  tags?: string[]
  condition?: ItemCondition | null
  requestedResolution?: Resolution | null
  reason?: string | null
}

/** Dated purchases and returns of the customer, for return-rate and history limits. */
export type ReturnHistory = {
  purchases: ReadonlyArray<{ at: number; units: number; valueMinor: number }>
  returns: ReadonlyArray<{ at: number; units: number; valueMinor: number }>
}

export type ReturnRequest = {
  kind: ReturnKind
  order: {
    id: string
    placedAt: number
    /** When the order was delivered; null when unknown or not yet (windows then count from the order). */
    deliveredAt: number | null
    regionId?: string | null
    /** ISO 3166-1 alpha-2 of the shipping address. */
    countryCode?: string | null
  }
  lines: ReturnLine[]
  customer: { id: string | null; history?: ReturnHistory | null }
}

export type VerdictNumbers = Record<string, number | string | boolean | null>

/** What one rule says about one line (lineId) or the whole request (lineId null). */
export type RuleVerdict = {
  ruleCode: string
  /** The rule's id in the policy (a policy may use a code twice, e.g. two windows). */
  ruleId: string
  lineId: string | null
  outcome: RuleOutcome
  message: string
  /** The figures that decided it (days since delivery, the window, the value limit...). */
  numbers: VerdictNumbers
  /** The resolutions this rule allows for the line; absent = no restriction. */
  resolutions?: Resolution[]
  /** Markers for the case (e.g. "serial_returner"). */
  flags?: string[]
}

export type RuleFinding = Omit<RuleVerdict, "ruleCode" | "ruleId">

export type PolicyContext = {
  request: ReturnRequest
  now: number
  /** Verdicts of the rules listed before this one (auto-approval skips lines they refused). */
  prior: readonly RuleVerdict[]
}

/** A return policy rule (Vendure-style strategy object). The code is stored in policies: never rename one. */
export type PolicyRule<A = any> = {
  code: string
  title: string
  description: string
  argsSchema: z.ZodType<A>
  evaluate(args: A, ctx: PolicyContext): RuleFinding[]
}

/** One rule as stored in a policy. */
export type PolicyRuleConfig = {
  /** Unique within the policy; defaults to the code. */
  id?: string
  code: string
  args?: unknown
  /** Apply only to these kinds of request (default: every kind). */
  kinds?: ReturnKind[]
  /** false keeps the rule in the policy without applying it. */
  enabled?: boolean
}

export type ReturnPolicy = {
  rules: PolicyRuleConfig[]
  /** Outcome of a line no rule approved, refused or sent to review (default "review": a person decides). */
  defaultOutcome?: "approve" | "review"
  /** Resolutions offered at all (default all three). */
  resolutions?: Resolution[]
}
