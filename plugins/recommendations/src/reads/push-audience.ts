import type { Cursor } from "@finesse/core/lib/facts/read-types"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { dataReads } from "./data-reads"

export type Recipient = { id: string; email: string | null; phone: string | null; first_name: string | null; country_code: string | null; has_account: boolean }

/** Contact details and a country (for the local time) of customers, through Medusa's customer module. */
export async function loadRecipients(container: MedusaContainer, customerIds: string[]): Promise<Map<string, Recipient>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const out = new Map<string, Recipient>()
  for (let i = 0; i < customerIds.length; i += 200) {
    const { data } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "phone", "first_name", "has_account", "addresses.country_code", "addresses.is_default_shipping"],
      filters: { id: customerIds.slice(i, i + 200) },
    })
    for (const c of data as any[]) {
      const addresses = (c.addresses ?? []).filter(Boolean)
      const address = addresses.find((a: any) => a.is_default_shipping) ?? addresses[0]
      out.set(c.id, { id: c.id, email: c.email ?? null, phone: c.phone ?? null, first_name: c.first_name ?? null, country_code: address?.country_code ?? null, has_account: !!c.has_account })
    }
  }
  return out
}

/** When each customer was active (event times of the last `days` days): the input of the send-time choice. */
export async function activityTimes(container: MedusaContainer, customerIds: string[], now: number, days = 60): Promise<Map<string, number[]>> {
  const data = dataReads(container)
  const out = new Map<string, number[]>()
  const since = new Date(now - days * 86_400_000).toISOString()
  for (let i = 0; i < customerIds.length; i += 500) {
    let after: Cursor = null
    for (;;) {
      const page = await data.pageEvents(after, 10_000, { customer_ids: customerIds.slice(i, i + 500), since, types: ["page_viewed", "product_viewed", "cart_item_added", "order_placed"] })
      for (const e of page.rows) {
        const id = e.customer_id as string // read by customer id
        const times = out.get(id) ?? out.set(id, []).get(id)!
        times.push(new Date(e.occurred_at).getTime())
      }
      if (page.rows.length < 10_000) break
      after = page.next
    }
  }
  return out
}

/** Each customer's latest order's sales channel and region (from core's order facts): where they shop. */
export async function lastOrderPlaces(container: MedusaContainer, customerIds: string[]): Promise<Map<string, { sales_channel_id: string | null; region_id: string | null }>> {
  const data = dataReads(container)
  const out = new Map<string, { sales_channel_id: string | null; region_id: string | null }>()
  for (let i = 0; i < customerIds.length; i += 500) {
    let after: Cursor = null
    for (;;) {
      const page = await data.pageOrderFacts(after, 10_000, { customer_ids: customerIds.slice(i, i + 500) })
      // in time order: the last row of a customer is their latest order
      for (const o of page.rows) out.set(o.customer_id as string, { sales_channel_id: o.sales_channel_id, region_id: o.region_id })
      if (page.rows.length < 10_000) break
      after = page.next
    }
  }
  return out
}
