import type { CustomerProfile } from "./customer-profile"
import type { SpendLevel } from "./spend-level"

/** Context a tag rule may read besides the profile. */
export type TagContext = { spendLevel: SpendLevel }

/**
 * A derived label. Rules are small objects in a registry (house style): a code is never renamed, because
 * segments and exports refer to it.
 */
export type TagRule = {
  code: string
  description: string
  test(profile: CustomerProfile, context: TagContext): boolean
}

/** Days after the first order during which a customer counts as new. */
const NEW_DAYS = 30
/** A customer is lapsed when silent for this many typical gaps (or 180 days for one-time buyers). */
const LAPSED_GAPS = 3
const LAPSED_DAYS_ONE_ORDER = 180

export const TAG_RULES: readonly TagRule[] = [
  { code: "new", description: `first order in the last ${NEW_DAYS} days`, test: (p) => p.tenureDays !== null && p.tenureDays <= NEW_DAYS },
  { code: "one_time", description: "exactly one order", test: (p) => p.orderCount === 1 },
  { code: "repeat", description: "two or more orders", test: (p) => p.orderCount >= 2 },
  {
    code: "lapsed",
    description: `silent for ${LAPSED_GAPS}× their usual gap (${LAPSED_DAYS_ONE_ORDER} days after a single order)`,
    test: (p) =>
      p.recencyDays !== null &&
      (p.meanInterPurchaseDays !== null
        ? p.recencyDays > LAPSED_GAPS * Math.max(p.meanInterPurchaseDays, 7)
        : p.recencyDays > LAPSED_DAYS_ONE_ORDER),
  },
  { code: "discount_seeker", description: "half or more of their orders were discounted", test: (p) => p.orderCount >= 2 && p.discountedShare >= 0.5 },
  { code: "high_spender", description: "spend above the 80th percentile", test: (_p, c) => c.spendLevel === "high" || c.spendLevel === "top" },
  { code: "top_spender", description: "spend above the 95th percentile", test: (_p, c) => c.spendLevel === "top" },
]

/** Codes of the rules that hold, in registry order. */
export function profileTags(profile: CustomerProfile, context: TagContext, rules: readonly TagRule[] = TAG_RULES): string[] {
  return rules.filter((r) => r.test(profile, context)).map((r) => r.code)
}
