import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { DEMO_SALES_CHANNEL, type SeedContext, type ShippingOptionInfo } from "./context"

/**
 * Shipping fee and free-shipping threshold per currency, minor units. The planner charges exactly this
 * (src/demo/plan-geography.ts SHIPPING, not exported from the demo index); Medusa's shipping option gets a
 * price rule on the cart's item_total so a real checkout charges the same.
 */
export const SHIPPING_PRICES = {
  eur: { fee: 495, freeFrom: 6000 },
  usd: { fee: 695, freeFrom: 7500 },
} as const

const STANDARD = { label: "Standard", code: "standard", description: "Delivered in 2–4 business days." }
const RETURN = { label: "Return", code: "return", description: "Prepaid return label." }

export const STANDARD_OPTION_NAME = "Standard Shipping"
export const RETURN_OPTION_NAME = "Standard Return"

/**
 * Store, currencies, the demo sales channel, regions, tax regions, shipping profile, stock locations (with
 * coordinates in metadata), one fulfillment set per warehouse with a service zone over its region's countries,
 * and shipping options (standard, free above a threshold; plus a return option). Every step looks for what an
 * earlier run created (by name) before creating.
 *
 * Taxes: the plan's prices are tax inclusive and the demo charges no separate tax, so the tax regions have no
 * rates (tax 0 everywhere). Order totals in the bulk path are written accordingly.
 */
export async function setupStore(ctx: SeedContext): Promise<string> {
  const { container, plan, ids } = ctx
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const storeModule = container.resolve(Modules.STORE)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const regionModule = container.resolve(Modules.REGION)
  const taxModule = container.resolve(Modules.TAX)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  // sales channel + store
  let [channel] = await salesChannelModule.listSalesChannels({ name: DEMO_SALES_CHANNEL })
  if (!channel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: {
        salesChannelsData: [{ name: DEMO_SALES_CHANNEL, description: "The Finesse demo fashion & home store" }],
      },
    })
    channel = result[0]
  }
  ids.sales_channel_id = channel.id
  const [store] = await storeModule.listStores({}, { relations: ["supported_currencies"] })
  ids.store_id = store.id
  const currencies = (store.supported_currencies ?? []).map((c) => `${c.currency_code}:${c.is_default}`).sort()
  if (store.default_sales_channel_id !== channel.id || currencies.join() !== "eur:true,usd:false" || store.name !== "Finesse Demo Store") {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: "Finesse Demo Store",
          supported_currencies: [
            { currency_code: "eur", is_default: true },
            { currency_code: "usd" },
          ],
          default_sales_channel_id: channel.id,
        },
      },
    })
  }

  // regions
  for (const r of plan.regions) {
    let [region] = await regionModule.listRegions({ name: r.name })
    if (!region) {
      const { result } = await createRegionsWorkflow(container).run({
        input: {
          regions: [
            {
              name: r.name,
              currency_code: r.currency_code,
              countries: r.countries,
              payment_providers: ["pp_system_default"],
              automatic_taxes: true,
              metadata: { demo_key: r.key },
            },
          ],
        },
      })
      region = result[0]
    }
    ids.regions.set(r.key, { id: region.id, currency_code: r.currency_code, countries: r.countries })
  }

  // tax regions (no rates: see above)
  const countries = plan.regions.flatMap((r) => r.countries)
  const existingTax = await taxModule.listTaxRegions({ country_code: countries })
  const haveTax = new Set(existingTax.filter((t) => !t.parent_id).map((t) => t.country_code))
  const missingTax = countries.filter((c) => !haveTax.has(c))
  if (missingTax.length) {
    await createTaxRegionsWorkflow(container).run({
      input: missingTax.map((country_code) => ({ country_code, provider_id: "tp_system" })),
    })
  }

  // shipping profile
  let [profile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    profile = result[0]
  }
  ids.shipping_profile_id = profile.id

  // stock locations
  for (const l of plan.stockLocations) {
    let [location] = await stockLocationModule.listStockLocations({ name: l.name })
    if (!location) {
      const { result } = await createStockLocationsWorkflow(container).run({
        input: {
          locations: [
            {
              name: l.name,
              address: {
                address_1: l.address.address_1,
                city: l.address.city,
                country_code: l.address.country_code,
                postal_code: l.address.postal_code,
                province: l.address.province ?? undefined,
              },
              metadata: { latitude: l.latitude, longitude: l.longitude, kind: l.kind, demo_key: l.key },
            },
          ],
        },
      })
      location = result[0]
      await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } })
      await link.create({
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
      })
    }
    ids.stockLocations.set(l.key, location.id)
  }

  // fulfillment sets: one per warehouse, serving its region's countries
  for (const l of plan.stockLocations.filter((s) => s.kind === "warehouse")) {
    const region = plan.regions.find((r) => r.key === l.regionKey)!
    const locationId = ids.stockLocations.get(l.key)!
    const setName = `${l.name} delivery`
    let [set] = await fulfillmentModule.listFulfillmentSets({ name: setName }, { relations: ["service_zones"] })
    if (!set) {
      set = await fulfillmentModule.createFulfillmentSets({
        name: setName,
        type: "shipping",
        service_zones: [
          { name: region.name, geo_zones: region.countries.map((country_code) => ({ type: "country" as const, country_code })) },
        ],
      })
      await link.create({
        [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
        [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
      })
    }
    const zone = set.service_zones[0]
    const regionInfo = ids.regions.get(region.key)!
    const prices = SHIPPING_PRICES[region.currency_code]
    const loadOptions = async () =>
      (
        await query.graph({
          entity: "shipping_option",
          fields: ["id", "name", "data", "shipping_profile_id", "service_zone_id", "type.*"],
          filters: { service_zone_id: zone.id },
        })
      ).data as any[]
    const existing = await loadOptions()
    const wanted = [
      { name: STANDARD_OPTION_NAME, type: STANDARD, isReturn: false },
      { name: RETURN_OPTION_NAME, type: RETURN, isReturn: true },
    ]
    const missing = wanted.filter((w) => !existing.some((o) => o.name === w.name))
    if (missing.length) {
      await createShippingOptionsWorkflow(container).run({
        input: missing.map((w) => ({
          name: w.name,
          price_type: "flat" as const,
          provider_id: "manual_manual",
          service_zone_id: zone.id,
          shipping_profile_id: profile.id,
          type: w.type,
          data: {},
          prices: w.isReturn
            ? [
                { currency_code: region.currency_code, amount: 0 },
                { region_id: regionInfo.id, amount: 0 },
              ]
            : [
                { currency_code: region.currency_code, amount: prices.fee / 100 },
                { region_id: regionInfo.id, amount: prices.fee / 100 },
                {
                  region_id: regionInfo.id,
                  amount: 0,
                  rules: [{ attribute: "item_total", operator: "gte" as const, value: prices.freeFrom / 100 }],
                },
              ],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
            { attribute: "is_return", value: w.isReturn ? "true" : "false", operator: "eq" as const },
          ],
        })),
      })
    }
    for (const o of missing.length ? await loadOptions() : existing) {
      const info: ShippingOptionInfo = {
        id: o.id,
        name: o.name,
        stock_location_id: locationId,
        service_zone_id: zone.id,
        fulfillment_set_id: set.id,
        shipping_profile_id: o.shipping_profile_id,
        fee: o.name === RETURN_OPTION_NAME ? 0 : prices.fee,
        free_from: o.name === RETURN_OPTION_NAME ? 0 : prices.freeFrom,
        data: o.data ?? {},
        type: { id: o.type?.id, label: o.type?.label, code: o.type?.code, description: o.type?.description },
      }
      if (o.name === STANDARD_OPTION_NAME) ids.shippingOptions.set(region.key, info)
      if (o.name === RETURN_OPTION_NAME) ids.returnOptions.set(region.key, info)
    }
  }
  return `${plan.regions.length} regions, ${countries.length} tax regions, ${plan.stockLocations.length} stock locations, ${ids.shippingOptions.size + ids.returnOptions.size} shipping options`
}
