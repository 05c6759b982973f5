import type { Page } from "playwright-core"
import { defineBrowserSuite, waitFor } from "../browser-suite"

/**
 * The Logistics page and the order widget in headless Chromium, against an order placed through the store API:
 * two stock locations (Berlin, Hamburg) of this suite's own sales channel, a shirt stocked once in each (its variant
 * allows backorder, so Medusa's checkout reserves both units at one location) and a hat only in Berlin. The order
 * of 2 shirts, a hat and a bag is split per unit by the routing; the widget explains it and an override moves the bag.
 */
export default defineBrowserSuite("Logistics page and order routing widget", (ctx) => {
  let page: Page
  const stamp = Date.now()
  let orderId: string
  let displayId: number
  let berlin: { id: string; name: string }
  let hamburg: { id: string; name: string }

  async function location(name: string, address: Record<string, string>, channelId: string) {
    const loc = (await ctx.http.post("/admin/stock-locations", { name, address })).stock_location
    await ctx.http.post(`/admin/stock-locations/${loc.id}/sales-channels`, { add: [channelId] })
    await ctx.http.post(`/admin/stock-locations/${loc.id}/fulfillment-providers`, { add: ["manual_manual"] })
    return loc
  }

  beforeAll(async () => {
    const channel = (await ctx.http.post("/admin/sales-channels", { name: `Logistics e2e ${stamp}` })).sales_channel
    const key = (await ctx.http.post("/admin/api-keys", { title: `Logistics e2e ${stamp}`, type: "publishable" })).api_key
    await ctx.http.post(`/admin/api-keys/${key.id}/sales-channels`, { add: [channel.id] })
    // a region with Germany that takes the system payment provider (another suite may have made it already)
    const regions = (await ctx.http.get("/admin/regions?limit=100&fields=id,currency_code,countries.iso_2,payment_providers.id")).regions as any[]
    let region = regions.find((r) => r.countries?.some((c: any) => c.iso_2 === "de"))
    if (!region) region = (await ctx.http.post("/admin/regions", { name: "Logistics e2e", currency_code: "eur", countries: ["de"], payment_providers: ["pp_system_default"] })).region
    else if (!region.payment_providers?.some((p: any) => p.id === "pp_system_default")) {
      await ctx.http.post(`/admin/regions/${region.id}`, { payment_providers: [...(region.payment_providers ?? []).map((p: any) => p.id), "pp_system_default"] })
    }
    berlin = await location(`Berlin e2e ${stamp}`, { address_1: "Alexanderplatz 1", city: "Berlin", country_code: "de", postal_code: "10178" }, channel.id)
    hamburg = await location(`Hamburg e2e ${stamp}`, { address_1: "Jungfernstieg 1", city: "Hamburg", country_code: "de", postal_code: "20095" }, channel.id)
    // Berlin ships to Germany
    const withSet = (await ctx.http.post(`/admin/stock-locations/${berlin.id}/fulfillment-sets?fields=*fulfillment_sets`, { name: `Berlin e2e ${stamp} shipping`, type: "shipping" })).stock_location
    const set = withSet.fulfillment_sets.find((s: any) => s.name === `Berlin e2e ${stamp} shipping`)
    const zone = (await ctx.http.post(`/admin/fulfillment-sets/${set.id}/service-zones?fields=*service_zones`, { name: `Germany e2e ${stamp}`, geo_zones: [{ type: "country", country_code: "de" }] })).fulfillment_set.service_zones[0]
    const profile = (await ctx.http.get("/admin/shipping-profiles?type=default")).shipping_profiles[0]
    const option = (
      await ctx.http.post("/admin/shipping-options", {
        name: `Standard e2e ${stamp}`,
        service_zone_id: zone.id,
        shipping_profile_id: profile.id,
        provider_id: "manual_manual",
        price_type: "flat",
        type: { label: "Standard", description: "2-3 days", code: "standard" },
        prices: [{ currency_code: "eur", amount: 5 }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      })
    ).shipping_option
    const product = async (title: string, backorder: boolean, stock: [string, number][]) => {
      const p = (
        await ctx.http.post("/admin/products", {
          title,
          status: "published",
          shipping_profile_id: profile.id,
          options: [{ title: "Size", values: ["M"] }],
          variants: [{ title: "M", sku: `E2E-LOG-${title.replace(/\W+/g, "")}-${stamp}`, manage_inventory: true, allow_backorder: backorder, options: { Size: "M" }, prices: [{ currency_code: "eur", amount: 30 }] }],
          sales_channels: [{ id: channel.id }],
        })
      ).product
      const variant = (await ctx.http.get(`/admin/products/${p.id}/variants/${p.variants[0].id}?fields=inventory_items.inventory_item_id`)).variant
      const itemId = variant.inventory_items[0].inventory_item_id
      for (const [location_id, stocked_quantity] of stock) await ctx.http.post(`/admin/inventory-items/${itemId}/location-levels`, { location_id, stocked_quantity })
      return p.variants[0].id as string
    }
    const shirt = await product(`E2E Linen shirt ${stamp}`, true, [[berlin.id, 1], [hamburg.id, 1]])
    const hat = await product(`E2E Wool hat ${stamp}`, false, [[berlin.id, 5], [hamburg.id, 0]])
    const bag = await product(`E2E Canvas bag ${stamp}`, false, [[berlin.id, 5], [hamburg.id, 5]])

    // checkout through the store API, as a storefront does
    const store = async (path: string, body: unknown) => {
      const r = await fetch(`${ctx.app.baseUrl}${path}`, { method: "POST", headers: { "content-type": "application/json", "x-publishable-api-key": key.token }, body: JSON.stringify(body) })
      const j = (await r.json()) as any
      if (!r.ok) throw new Error(`${path}: ${r.status} ${JSON.stringify(j)}`)
      return j
    }
    const address = { first_name: "Ada", last_name: "E2E", address_1: "Torstr. 1", city: "Berlin", country_code: "de", postal_code: "10119" }
    const { cart } = await store("/store/carts", { region_id: region.id, sales_channel_id: channel.id, email: `logistics-e2e-${stamp}@finesse.test`, items: [{ variant_id: shirt, quantity: 2 }, { variant_id: hat, quantity: 1 }, { variant_id: bag, quantity: 1 }], shipping_address: address })
    await store(`/store/carts/${cart.id}/shipping-methods`, { option_id: option.id })
    const { payment_collection } = await store("/store/payment-collections", { cart_id: cart.id })
    await store(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
    const done = await store(`/store/carts/${cart.id}/complete`, {})
    expect(done.type).toBe("order")
    orderId = done.order.id
    displayId = done.order.display_id
    const routing = await waitFor(() => ctx.http.get(`/admin/finesse/logistics/orders/${orderId}`).then((r) => r.routing), (r) => !!r.decision, 60_000, 300)
    expect(routing.decision).toMatchObject({ split: true, shipment_count: 2 })
    page = await ctx.newPage()
  })

  afterAll(async () => {
    await page?.close()
  })

  it("shows the split decision with its reasons, the rules, locations with capacity use and every tab", async () => {
    await ctx.open(page, "/app/finesse/logistics", '[data-testid="routing-decisions"]')
    // our order is in the list of decisions, marked split, with the reason in words
    const row = page.locator('[data-testid="decision-row"]', { hasText: `#${displayId}` })
    await row.waitFor({ state: "visible" })
    expect(await row.innerText()).toContain("split")
    expect(await row.innerText()).toContain("no single location has everything")
    expect(await page.locator('[data-testid="routing-rule"]').count()).toBe(5)
    expect(await page.locator('[data-testid="routing-rule"]').first().getAttribute("data-code")).toBe("capacity")
    await ctx.shot(page, "logistics-routing")

    await page.locator('[data-testid="tab-locations"]').click()
    const berlinRow = page.locator('[data-testid="location-row"]', { hasText: berlin.name })
    await berlinRow.waitFor({ state: "visible" })
    // the order's Berlin parcel counts against today's use
    expect(await berlinRow.innerText()).toMatch(/1 shipments · no limit|1 \/ \d+ shipments/)
    await page.locator('[data-testid="chart-capacity-use"] .recharts-bar-rectangle').first().waitFor({ state: "visible" })
    await ctx.shot(page, "logistics-locations")

    await page.locator('[data-testid="tab-carriers"]').click()
    await page.locator('[data-testid="modes-card"]').waitFor({ state: "visible" })
    await page.locator('[data-testid="tab-dispatch"]').click()
    await page.locator('[data-testid="dispatch-card"], [data-testid="dispatch-empty"]').first().waitFor({ state: "visible" })
    await page.locator('[data-testid="tab-network"]').click()
    await page.locator('[data-testid="demand-map"]').waitFor({ state: "visible" })
    await ctx.shot(page, "logistics-network")
    await page.locator('[data-testid="tab-performance"]').click()
    await page.locator('[data-testid="performance-card"]').waitFor({ state: "visible" })
    await ctx.shot(page, "logistics-performance")
  })

  it("explains on the order page why it ships from where it does, and an override moves it", async () => {
    await ctx.open(page, `/app/orders/${orderId}`, '[data-testid="order-routing-widget"]')
    const widget = page.locator('[data-testid="order-routing-widget"]')
    await widget.locator('[data-testid="routing-summary"]').waitFor({ state: "visible" })
    const summary = await widget.locator('[data-testid="routing-summary"]').innerText()
    expect(summary).toContain(berlin.name)
    expect(summary).toContain(hamburg.name)
    expect(await widget.locator('[data-testid="routing-shipment"]').count()).toBe(2)
    expect(await widget.locator('[data-testid="routing-reason"]').count()).toBe(5)
    await ctx.shot(page, "logistics-order-widget")

    // the bag goes with the hat from Berlin; an admin sends it from Hamburg instead (the shirts stay split)
    await widget.getByRole("button", { name: "Override" }).click()
    const lines = widget.locator('[data-testid="override-line"]')
    expect(await lines.count()).toBe(3)
    const bagLine = lines.filter({ hasText: "Canvas bag" })
    await bagLine.locator(`[data-testid="override-qty"][data-location="${berlin.id}"]`).fill("0")
    await bagLine.locator(`[data-testid="override-qty"][data-location="${hamburg.id}"]`).fill("1")
    // asking Hamburg for both shirts is refused with the reason (Hamburg has 1)
    const shirtLine = lines.filter({ hasText: "Linen shirt" })
    await shirtLine.locator(`[data-testid="override-qty"][data-location="${berlin.id}"]`).fill("0")
    await shirtLine.locator(`[data-testid="override-qty"][data-location="${hamburg.id}"]`).fill("2")
    await widget.locator('[data-testid="override-save"]').click()
    await page.getByText("has 1 available").first().waitFor({ state: "visible" })
    await shirtLine.locator(`[data-testid="override-qty"][data-location="${berlin.id}"]`).fill("1")
    await shirtLine.locator(`[data-testid="override-qty"][data-location="${hamburg.id}"]`).fill("1")
    await widget.locator('[data-testid="override-save"]').click()
    const after = await waitFor(() => ctx.http.get(`/admin/finesse/logistics/orders/${orderId}`).then((r) => r.routing), (r) => r.decision.version === 2, 30_000, 300)
    expect(after.decision).toMatchObject({ status: "override", source: "override" })
    const fromHamburg = after.decision.shipments.find((s: any) => s.location_id === hamburg.id)
    expect(fromHamburg.units).toBe(2)
    await widget.getByText("set by hand", { exact: true }).waitFor({ state: "visible" })
    expect(await widget.innerText()).toContain("Earlier")
    await ctx.shot(page, "logistics-order-override")
  })
})
