import { buildCalendar, type CalendarInput } from "../calendar"
import { planOfPromotion } from "../plan-of-promotion"
import { planTemplate, TemplateError, type TemplateInput } from "../templates"
import { armGroupChanges } from "../../experiments/group-changes"

const DAY = 86_400_000
const T0 = Date.UTC(2026, 4, 1)
const common = { name: "May sale", code: "MAY15", currency_code: "EUR", startsAt: T0, endsAt: T0 + 7 * DAY }

describe("planTemplate: each template becomes Medusa's own campaign and promotion inputs", () => {
  it("a flash sale on products: percentage on the items, automatic, campaign dates, spend budget in major units", () => {
    const plan = planTemplate({ ...common, template: "flash_sale", audienceGroupId: "cusgroup_1", budget: { type: "spend", limit: 250_000 }, args: { percentage: 20, product_ids: ["prod_a", "prod_b"] } })
    expect(plan.campaign).toMatchObject({ campaign_identifier: "MAY15", starts_at: new Date(T0), ends_at: new Date(T0 + 7 * DAY), budget: { type: "spend", limit: 2500, currency_code: "eur" } })
    expect(plan.promotions).toHaveLength(1)
    const [p] = plan.promotions
    expect(p).toMatchObject({ code: "MAY15", type: "standard", status: "draft", is_automatic: true })
    expect(p.application_method).toEqual({ type: "percentage", target_type: "items", allocation: "across", value: 20, target_rules: [{ attribute: "items.product.id", operator: "in", values: ["prod_a", "prod_b"], description: "Products" }] })
    expect(p.rules).toEqual([{ attribute: "customer.groups.id", operator: "in", values: ["cusgroup_1"], description: "Audience" }])
  })

  it("a flash sale without products is order-wide", () => {
    const [p] = planTemplate({ ...common, template: "flash_sale", args: { percentage: 10 } }).promotions
    expect(p.application_method).toEqual({ type: "percentage", target_type: "order", allocation: "across", value: 10 })
    expect(p.rules).toEqual([])
  })

  it("spend-X-save-Y tiers: one promotion per tier, each below the next threshold, so tiers never stack", () => {
    const plan = planTemplate({
      ...common,
      template: "tiered_spend",
      args: { tiers: [{ min_subtotal: 10_000, amount_off: 1_500 }, { min_subtotal: 5_000, amount_off: 500 }] },
    })
    expect(plan.promotions.map((p) => p.code)).toEqual(["MAY15-1", "MAY15-2"])
    const [t1, t2] = plan.promotions
    expect(t1.application_method).toEqual({ type: "fixed", target_type: "order", allocation: "across", value: 5, currency_code: "eur" })
    expect(t1.rules).toEqual([
      { attribute: "currency_code", operator: "eq", values: ["eur"], description: "Currency" },
      { attribute: "item_subtotal", operator: "gte", values: ["50"], description: "Spend at least" },
      { attribute: "item_subtotal", operator: "lt", values: ["100"], description: "Spend below" },
    ])
    expect(t2.application_method.value).toBe(15)
    expect(t2.rules.filter((r) => r.attribute === "item_subtotal")).toEqual([{ attribute: "item_subtotal", operator: "gte", values: ["100"], description: "Spend at least" }])
  })

  it("a coupon: a code customers type, a per-customer cap as Medusa's use_by_attribute budget, a usage limit", () => {
    const plan = planTemplate({ ...common, template: "coupon", args: { type: "fixed", value: 1_000, min_subtotal: 4_000, per_customer_limit: 1, usage_limit: 500 } })
    expect(plan.campaign.budget).toEqual({ type: "use_by_attribute", attribute: "customer_email", limit: 1 })
    const [p] = plan.promotions
    expect(p).toMatchObject({ is_automatic: false, limit: 500 })
    expect(p.application_method).toEqual({ type: "fixed", target_type: "order", allocation: "across", value: 10, currency_code: "eur" })
    expect(p.rules.map((r) => `${r.attribute} ${r.operator} ${r.values.join(",")}`)).toEqual(["item_subtotal gte 40", "currency_code eq eur"])
  })

  it("a bundle is a buy-get promotion: buy 2 of these, get 1 of those free", () => {
    const [p] = planTemplate({ ...common, template: "bundle", args: { buy_product_ids: ["prod_shirt"], buy_quantity: 2, get_product_ids: ["prod_hat"], get_quantity: 1, percentage: 100 } }).promotions
    expect(p.type).toBe("buyget")
    expect(p.application_method).toMatchObject({ type: "percentage", target_type: "items", allocation: "each", value: 100, max_quantity: 1, apply_to_quantity: 1, buy_rules_min_quantity: 2 })
    expect(p.application_method.buy_rules![0].values).toEqual(["prod_shirt"])
    expect(p.application_method.target_rules![0].values).toEqual(["prod_hat"])
  })

  it("free shipping: 100 % off the shipping methods above a spend", () => {
    const [p] = planTemplate({ ...common, template: "free_shipping", args: { min_subtotal: 6_000 } }).promotions
    expect(p.application_method).toEqual({ type: "percentage", target_type: "shipping_methods", allocation: "each", value: 100, max_quantity: 1 })
    expect(p.rules.map((r) => r.attribute)).toEqual(["currency_code", "item_subtotal"])
  })

  it("refuses what Medusa would refuse, naming the field", () => {
    const bad: [TemplateInput, string][] = [
      [{ ...common, code: "may 15", template: "flash_sale", args: { percentage: 10 } }, "code"],
      [{ ...common, endsAt: T0, template: "flash_sale", args: { percentage: 10 } }, "ends_at"],
      [{ ...common, template: "flash_sale", args: { percentage: 120 } }, "args.percentage"],
      [{ ...common, template: "tiered_spend", args: { tiers: [{ min_subtotal: 5_000, amount_off: 800 }, { min_subtotal: 8_000, amount_off: 500 }] } }, "args.tiers[1].amount_off"],
      [{ ...common, template: "coupon", budget: { type: "usage", limit: 10 }, args: { type: "percentage", value: 10, per_customer_limit: 1 } }, "budget"],
      [{ ...common, template: "bundle", args: { buy_product_ids: [], buy_quantity: 1, get_product_ids: ["p"], get_quantity: 1, percentage: 50 } }, "args.buy_product_ids"],
    ]
    for (const [input, field] of bad) {
      let err: unknown
      try {
        planTemplate(input)
      } catch (e) {
        err = e
      }
      expect(err).toBeInstanceOf(TemplateError)
      expect((err as TemplateError).field).toBe(field)
    }
  })
})

describe("planOfPromotion: a Medusa promotion as the checks see it", () => {
  it("reads dates, products, audience, discount and budget", () => {
    const plan = planOfPromotion({
      id: "promo_1",
      code: "MAY15",
      application_method: { type: "percentage", target_type: "items", value: 15, target_rules: [{ attribute: "items.product.id", operator: "in", values: [{ value: "prod_a" }] }] },
      rules: [{ attribute: "customer.groups.id", operator: "in", values: [{ value: "cusgroup_vip" }] }],
      campaign: { starts_at: new Date(T0).toISOString(), ends_at: new Date(T0 + 3 * DAY).toISOString(), budget: { type: "spend", limit: 1234.5 } },
    })
    expect(plan).toEqual({ code: "MAY15", startsAt: T0, endsAt: T0 + 3 * DAY, productIds: ["prod_a"], audience: { customerGroupIds: ["cusgroup_vip"] }, discount: { type: "percentage", value: 15 }, budget: { type: "spend", limit: 123_450 } })
  })

  it("a fixed amount off a spend threshold is its share of the smallest qualifying basket; free shipping takes nothing off goods", () => {
    const tier = planOfPromotion({ id: "p", code: "T", application_method: { type: "fixed", target_type: "order", value: 10 }, rules: [{ attribute: "item_subtotal", operator: "gte", values: ["40"] }] }, { fallback: { startsAt: T0, endsAt: T0 + DAY } })
    expect(tier.discount).toEqual({ type: "percentage", value: 25 })
    expect(tier.productIds).toBe("all")
    expect(tier.audience).toBe("everyone")
    expect([tier.startsAt, tier.endsAt]).toEqual([T0, T0 + DAY])
    const ship = planOfPromotion({ id: "s", code: "S", application_method: { type: "percentage", target_type: "shipping_methods", value: 100 } }, { now: T0 })
    expect(ship.discount).toEqual({ type: "fixed", value: 0 })
  })
})

describe("buildCalendar", () => {
  const item = (code: string, from: number | null, to: number | null, status = "active"): CalendarInput => ({
    promotion_id: `promo_${code}`, code, name: code, status, is_automatic: false, campaign_id: null, campaign_name: null,
    startsAt: from === null ? null : T0 + from * DAY, endsAt: to === null ? null : T0 + to * DAY, template: null, plan_status: null, check_status: null, experiment_id: null,
  })

  it("gives overlapping promotions different lanes, reuses freed lanes, and names the overlaps", () => {
    const cal = buildCalendar([item("A", 0, 10), item("B", 5, 12), item("C", 10, 14), item("D", 20, 25), item("ALWAYS", null, null), item("OLD", -30, -20)], { from: T0, to: T0 + 30 * DAY, now: T0 + 11 * DAY })
    const by = new Map(cal.map((e) => [e.code, e]))
    expect(by.has("OLD")).toBe(false)
    expect(by.get("ALWAYS")!.lane).toBe(0)
    expect([by.get("A")!.lane, by.get("B")!.lane, by.get("C")!.lane, by.get("D")!.lane]).toEqual([1, 2, 1, 1])
    expect(by.get("A")!.overlaps.sort()).toEqual(["ALWAYS", "B"])
    expect(by.get("C")!.overlaps.sort()).toEqual(["ALWAYS", "B"])
    expect([by.get("A")!.phase, by.get("B")!.phase, by.get("D")!.phase]).toEqual(["ended", "running", "scheduled"])
  })

  it("a draft is a draft whatever its dates", () => {
    expect(buildCalendar([item("X", 0, 5, "draft")], { from: T0, to: T0 + 9 * DAY, now: T0 + 2 * DAY })[0].phase).toBe("draft")
  })
})

describe("armGroupChanges", () => {
  it("adds the missing, removes the strays, including a customer found in the wrong arm's group", () => {
    const changes = armGroupChanges(
      new Map([["holdout", ["c1", "c2"]], ["treatment", ["c3", "c4", "c5"]]]),
      new Map([["holdout", ["c1", "c3"]], ["treatment", ["c4"]]])
    )
    expect(changes).toEqual([
      { arm: "holdout", add: ["c2"], remove: ["c3"], unchanged: 1 },
      { arm: "treatment", add: ["c3", "c5"], remove: [], unchanged: 1 },
    ])
  })
})
