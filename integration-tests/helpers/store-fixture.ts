import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createLocationFulfillmentSetWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import jwt from "jsonwebtoken"

export type StoreFixture = {
  channelId: string
  regionId: string
  shippingOptionId: string
  publishableKey: string
  products: { id: string; variantId: string; title: string; price: number; categoryId?: string }[]
  storeHeaders: (customerToken?: string) => { headers: Record<string, string> }
}

/**
 * A minimal store a customer can really check out in: a sales channel with a publishable key, a EUR region with
 * the system payment provider, a stock location with a manual shipping option, and products with prices.
 */
export async function createStoreFixture(
  container: MedusaContainer,
  opts: { products?: { title: string; price: number; category?: string }[] } = {}
): Promise<StoreFixture> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const productModule = container.resolve(Modules.PRODUCT)

  const {
    result: [channel],
  } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Test channel" }] } })
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Europe", currency_code: "eur", countries: ["de"], payment_providers: ["pp_system_default"] }] },
  })
  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Test storefront", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })

  let [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default", type: "default" }] },
    })
    profile = result[0]
  }
  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Berlin warehouse", address: { address_1: "Alexanderplatz 1", city: "Berlin", country_code: "de" } }] },
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } })
  await createLocationFulfillmentSetWorkflow(container).run({
    input: { location_id: location.id, fulfillment_set_data: { name: "Berlin shipping", type: "shipping" } },
  })
  const [set] = await fulfillment.listFulfillmentSets({ name: "Berlin shipping" })
  const zone = await fulfillment.createServiceZones({
    name: "Germany",
    fulfillment_set_id: set.id,
    geo_zones: [{ type: "country", country_code: "de" }],
  })
  const {
    result: [option],
  } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: zone.id,
        shipping_profile_id: profile.id,
        type: { label: "Standard", description: "2-3 days", code: "standard" },
        prices: [{ currency_code: "eur", amount: 5 }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })

  const specs = opts.products ?? [
    { title: "Linen shirt", price: 40, category: "Shirts" },
    { title: "Wool hat", price: 25, category: "Hats" },
  ]
  const categoryIds = new Map<string, string>()
  for (const name of new Set(specs.map((s) => s.category).filter((c): c is string => !!c))) {
    const c = await productModule.createProductCategories({ name, handle: `${name.toLowerCase()}-${Date.now()}`, is_active: true })
    categoryIds.set(name, c.id)
  }
  const { result: created } = await createProductsWorkflow(container).run({
    input: {
      products: specs.map((s, i) => ({
        title: s.title,
        handle: `${s.title.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}-${i}`,
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: profile.id,
        category_ids: s.category ? [categoryIds.get(s.category)!] : [],
        options: [{ title: "Size", values: ["M"] }],
        variants: [{ title: "M", sku: `SKU-${Date.now()}-${i}`, manage_inventory: false, options: { Size: "M" }, prices: [{ amount: s.price, currency_code: "eur" }] }],
        sales_channels: [{ id: channel.id }],
      })),
    },
  })
  const products = created.map((p: any, i: number) => ({
    id: p.id,
    variantId: p.variants[0].id,
    title: p.title,
    price: specs[i].price,
    categoryId: specs[i].category ? categoryIds.get(specs[i].category!) : undefined,
  }))
  return {
    channelId: channel.id,
    regionId: region.id,
    shippingOptionId: option.id,
    publishableKey: key.token,
    products,
    storeHeaders: (customerToken?: string) => ({
      headers: {
        "x-publishable-api-key": key.token,
        ...(customerToken ? { authorization: `Bearer ${customerToken}` } : {}),
      },
    }),
  }
}

/** A registered customer with an emailpass identity; returns the customer and a store JWT. */
export async function createCustomerWithToken(container: MedusaContainer, email = `shopper-${Date.now()}@finesse.test`) {
  const customer = await container.resolve(Modules.CUSTOMER).createCustomers({ email, first_name: "Ada", last_name: "Shopper", has_account: true })
  const authIdentity = await container.resolve(Modules.AUTH).createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email, provider_metadata: {} }],
    app_metadata: { customer_id: customer.id },
  })
  const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const token = jwt.sign(
    { actor_id: customer.id, actor_type: "customer", auth_identity_id: authIdentity.id, app_metadata: { customer_id: customer.id } },
    http.jwtSecret as string,
    { expiresIn: "1d" }
  )
  return { customer, token }
}

/**
 * Places an order through the store API the way a storefront does: cart, items, shipping method, payment
 * session with the system provider, complete. Returns the order.
 */
export async function placeOrder(
  api: any,
  store: StoreFixture,
  opts: { token?: string; email?: string; items: { variantId: string; quantity: number }[]; promoCodes?: string[] }
) {
  const h = store.storeHeaders(opts.token)
  const { data: c } = await api.post(
    "/store/carts",
    {
      region_id: store.regionId,
      sales_channel_id: store.channelId,
      email: opts.email ?? "guest@finesse.test",
      items: opts.items.map((i) => ({ variant_id: i.variantId, quantity: i.quantity })),
      shipping_address: { first_name: "Ada", last_name: "Shopper", address_1: "Torstr. 1", city: "Berlin", country_code: "de", postal_code: "10119" },
    },
    h
  )
  let cart = c.cart
  if (opts.promoCodes?.length) {
    cart = (await api.post(`/store/carts/${cart.id}/promotions`, { promo_codes: opts.promoCodes }, h)).data.cart
  }
  await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: store.shippingOptionId }, h)
  const { data: pc } = await api.post("/store/payment-collections", { cart_id: cart.id }, h)
  await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, h)
  const { data: done } = await api.post(`/store/carts/${cart.id}/complete`, {}, h)
  if (done.type !== "order") throw new Error(`cart did not complete: ${JSON.stringify(done).slice(0, 500)}`)
  return { order: done.order, cart }
}
