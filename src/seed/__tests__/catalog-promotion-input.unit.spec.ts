import { planDemoStore } from "../../demo"
import { categoriesByDepth, productInput, toMajor } from "../catalog-input"
import { campaignInput, promotionInput } from "../promotion-input"

const plan = planDemoStore({ seed: 42, scale: 0.05, until: "2026-11-24" })

describe("catalog input", () => {
  it("orders categories parents first", () => {
    const levels = categoriesByDepth(plan.categories)
    const seen = new Set<string>()
    for (const level of levels) {
      for (const c of level) {
        if (c.parentKey) expect(seen.has(c.parentKey)).toBe(true)
      }
      for (const c of level) seen.add(c.key)
    }
    expect(seen.size).toBe(plan.categories.length)
    expect(levels[0].every((c) => c.parentKey === null)).toBe(true)
  })

  it("makes a published product in the demo channel with prices in major units and the plan key in metadata", () => {
    const p = plan.products.find((x) => x.collectionKey && x.tags.length)!
    const ids = {
      shipping_profile_id: "sp_1",
      sales_channel_id: "sc_1",
      categories: new Map(plan.categories.map((c) => [c.key, `pcat_${c.key}`])),
      collections: new Map(plan.collections.map((c) => [c.key, `pcol_${c.key}`])),
    }
    const input = productInput(p, ids, new Map(p.tags.map((t) => [t, `ptag_${t}`])))
    expect(input).toMatchObject({
      title: p.title, handle: p.handle, status: "published", shipping_profile_id: "sp_1",
      category_ids: [`pcat_${p.categoryKey}`], collection_id: `pcol_${p.collectionKey}`, sales_channels: [{ id: "sc_1" }],
      metadata: { demo_key: p.key },
    })
    expect(input.tag_ids).toEqual(p.tags.map((t) => `ptag_${t}`))
    expect(input.variants[0]).toMatchObject({ sku: p.variants[0].sku, manage_inventory: true, options: p.variants[0].options })
    expect(input.variants[0].prices).toEqual([
      { currency_code: "eur", amount: toMajor(p.variants[0].prices.eur) },
      { currency_code: "usd", amount: toMajor(p.variants[0].prices.usd) },
    ])
  })
})

describe("promotion input", () => {
  const regions = ["reg_eu_id", "reg_na_id"]
  it("makes a code promotion on the order, percentage as a percent, fixed in major units of its currency", () => {
    const pct = plan.promotions.find((p) => p.type === "percentage")!
    expect(promotionInput(pct, "procamp_1", regions, regions)).toMatchObject({
      code: pct.code, is_automatic: false, status: "active", campaign_id: "procamp_1", rules: [],
      application_method: { type: "percentage", target_type: "order", allocation: "across", value: pct.value },
    })
    const fixed = plan.promotions.find((p) => p.type === "fixed")!
    const input = promotionInput(fixed, "procamp_2", [regions[0]], regions)
    expect(input.application_method).toMatchObject({ type: "fixed", value: fixed.value / 100, currency_code: fixed.currency_code })
    expect(input.rules).toEqual([expect.objectContaining({ attribute: "region.id", operator: "in", values: [regions[0]] })])
  })

  it("shows the validity window on the campaign and limits a first-order code to one use per e-mail", () => {
    const welcome = plan.promotions.find((p) => p.firstOrderOnly)!
    expect(campaignInput(welcome)).toMatchObject({
      campaign_identifier: welcome.code,
      starts_at: new Date(welcome.startsAt),
      ends_at: new Date(welcome.endsAt),
      budget: { type: "use_by_attribute", attribute: "customer_email", limit: 1 },
    })
    expect(campaignInput(plan.promotions.find((p) => !p.firstOrderOnly)!).budget).toBeNull()
  })
})
