import type { CategoryAffinity } from "../profile/category-affinity"
import type { CustomerPersona } from "./recompute-personas"

/**
 * A customer's profile as the personas module stores it (one row per customer, snake_case like its table).
 * Money in integer minor units, times in epoch ms, probabilities 0..1.
 */
export type ProfileRow = {
  customer_id: string
  order_count: number
  item_count: number
  first_order_at: number | null
  last_order_at: number | null
  recency_days: number | null
  tenure_days: number | null
  monetary: number
  avg_order_value: number
  mean_inter_purchase_days: number | null
  discounted_share: number
  avg_discount: number
  avg_discount_rate: number
  preferred_weekday: number | null
  preferred_hour: number | null
  category_affinities: CategoryAffinity[]
  top_categories: string[]
  r: number | null
  f: number | null
  m: number | null
  rfm_segment: string | null
  p_buy_30d: number | null
  p_buy_90d: number | null
  expected_value_12m: number | null
  expected_purchases_12m: number | null
  p_alive: number | null
  churn_risk: string | null
  prediction_method: string | null
  spend_level: string
  tags: string[]
  cluster: number | null
  persona_id: string | null
  persona_name: string | null
  /** Computed trait values by trait key. */
  traits: Record<string, unknown>
  /** Survey answers by "<survey key>.<question key>" (kept across recomputes). */
  survey_answers: Record<string, unknown>
  model_version: number | null
  computed_at: number
}

const round = (v: number, digits: number) => {
  const f = 10 ** digits
  return Math.round(v * f) / f
}
const roundOrNull = (v: number | null, digits: number) => (v === null ? null : round(v, digits))

/** The row of one scored customer; probabilities and day counts are rounded once, here (4 and 2 digits). */
export function personaToProfileRow(
  p: CustomerPersona,
  extra: { version: number | null; computedAt: number; traits?: Record<string, unknown>; surveyAnswers?: Record<string, unknown> },
): ProfileRow {
  const pr = p.profile
  return {
    customer_id: p.customerId,
    order_count: pr.orderCount,
    item_count: pr.itemCount,
    first_order_at: pr.firstOrderAt,
    last_order_at: pr.lastOrderAt,
    recency_days: roundOrNull(pr.recencyDays, 2),
    tenure_days: roundOrNull(pr.tenureDays, 2),
    monetary: Math.round(pr.monetaryMinor),
    avg_order_value: pr.avgOrderValueMinor,
    mean_inter_purchase_days: roundOrNull(pr.meanInterPurchaseDays, 2),
    discounted_share: round(pr.discountedShare, 4),
    avg_discount: pr.avgDiscountMinor,
    avg_discount_rate: round(pr.avgDiscountRate, 4),
    preferred_weekday: pr.preferredWeekday,
    preferred_hour: pr.preferredHour,
    category_affinities: pr.categoryAffinities.map((a) => ({ category: a.category, weight: round(a.weight, 4) })),
    top_categories: pr.categoryAffinities.map((a) => a.category),
    r: p.rfm.r,
    f: p.rfm.f,
    m: p.rfm.m,
    rfm_segment: p.rfm.segment,
    p_buy_30d: round(p.prediction.pBuy30d, 4),
    p_buy_90d: round(p.prediction.pBuy90d, 4),
    expected_value_12m: p.prediction.expectedValue12mMinor,
    expected_purchases_12m: round(p.prediction.expectedPurchases12m, 3),
    p_alive: roundOrNull(p.prediction.pAlive, 4),
    churn_risk: p.prediction.churnRisk,
    prediction_method: p.prediction.method,
    spend_level: p.spendLevel,
    tags: p.tags,
    cluster: p.cluster,
    persona_id: p.personaId,
    persona_name: p.personaName,
    traits: extra.traits ?? {},
    survey_answers: extra.surveyAnswers ?? {},
    model_version: extra.version,
    computed_at: extra.computedAt,
  }
}

/**
 * The row of a customer we know only from surveys or traits (no order yet): behaviour fields empty, so rules
 * on them never match (see evaluateRule: a missing value fails every comparison).
 */
export function emptyProfileRow(customerId: string, computedAt: number): ProfileRow {
  return {
    customer_id: customerId,
    order_count: 0,
    item_count: 0,
    first_order_at: null,
    last_order_at: null,
    recency_days: null,
    tenure_days: null,
    monetary: 0,
    avg_order_value: 0,
    mean_inter_purchase_days: null,
    discounted_share: 0,
    avg_discount: 0,
    avg_discount_rate: 0,
    preferred_weekday: null,
    preferred_hour: null,
    category_affinities: [],
    top_categories: [],
    r: null,
    f: null,
    m: null,
    rfm_segment: null,
    p_buy_30d: null,
    p_buy_90d: null,
    expected_value_12m: null,
    expected_purchases_12m: null,
    p_alive: null,
    churn_risk: null,
    prediction_method: null,
    spend_level: "none",
    tags: [],
    cluster: null,
    persona_id: null,
    persona_name: null,
    traits: {},
    survey_answers: {},
    model_version: null,
    computed_at: computedAt,
  }
}
