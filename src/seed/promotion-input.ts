import type { DemoPromotion } from "../demo"

/**
 * Each plan promotion becomes a code promotion (is_automatic false) on the order's items ("order" target,
 * spread across the lines) inside a campaign of the same name whose starts_at/ends_at is the validity window
 * the admin shows. A first-order-only code gets a "use_by_attribute" budget of 1 per customer e-mail, Medusa's
 * own way to limit a code to one use per customer. Codes for some regions only get a region rule.
 */
export function promotionInput(p: DemoPromotion, campaignId: string, regionIds: string[], allRegionIds: string[]) {
  const regionRule =
    regionIds.length < allRegionIds.length
      ? [{ attribute: "region.id", operator: "in" as const, values: regionIds, description: "Offered in these regions" }]
      : []
  return {
    code: p.code,
    type: "standard" as const,
    status: "active" as const,
    is_automatic: false,
    is_tax_inclusive: false,
    campaign_id: campaignId,
    metadata: { description: p.description, first_order_only: p.firstOrderOnly },
    application_method: {
      type: p.type,
      target_type: "order" as const,
      allocation: "across" as const,
      value: p.type === "percentage" ? p.value : p.value / 100,
      ...(p.type === "fixed" ? { currency_code: p.currency_code! } : {}),
    },
    rules: regionRule,
  }
}

export function campaignInput(p: DemoPromotion) {
  return {
    name: p.description,
    description: p.description,
    campaign_identifier: p.code,
    starts_at: new Date(p.startsAt),
    ends_at: new Date(p.endsAt),
    budget: p.firstOrderOnly ? { type: "use_by_attribute" as const, attribute: "customer_email", limit: 1 } : null,
  }
}

