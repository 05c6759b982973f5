import type { ExecArgs } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"

/**
 * Bench helper (`medusa exec`): a sales channel, a publishable key and BENCH_PRODUCTS products, printed as one JSON
 * line `BENCH_SETUP {...}` for the load generator.
 */
export default async function setupStorefront({ container }: ExecArgs) {
  const n = Number(process.env.BENCH_PRODUCTS ?? 50)
  const { result: [channel] } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Bench" }] } })
  const { result: [key] } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Bench storefront", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: Array.from({ length: n }, (_, i) => ({
        title: `Bench product ${i}`,
        status: ProductStatus.PUBLISHED,
        options: [{ title: "Size", values: ["M"] }],
        variants: [{ title: "M", options: { Size: "M" }, manage_inventory: false, prices: [{ amount: 10 + i, currency_code: "eur" }] }],
        sales_channels: [{ id: channel.id }],
      })),
    },
  })
  console.log(
    `BENCH_SETUP ${JSON.stringify({ key: key.token, channel: channel.id, products: products.map((p: any) => ({ id: p.id, variant: p.variants[0].id })) })}`
  )
}
