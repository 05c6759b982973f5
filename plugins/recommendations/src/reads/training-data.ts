import type { Cursor } from "@finesse/core/lib/facts/read-types"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Interaction } from "../lib/data/interactions"
import type { Purchase } from "../lib/data/purchase-history"
import type { ContentDoc } from "../lib/models/content-tfidf"
import { dataReads } from "./data-reads"

const DAY_MS = 86_400_000

/** Order lines from core's facts (canceled orders excluded; fully returned lines too: a returned item is no signal of liking). */
export async function loadPurchases(container: MedusaContainer, until: number, onPage?: (n: number) => Promise<void>): Promise<Purchase[]> {
  const data = dataReads(container)
  const out: Purchase[] = []
  let after: Cursor = null
  for (;;) {
    const page = await data.pageOrderLineFacts(after, 10_000, { until: new Date(until).toISOString() })
    for (const l of page.rows) {
      if (!l.customer_id || !l.product_id) continue
      if (l.returned_quantity >= l.quantity && l.quantity > 0) continue
      out.push({ userId: l.customer_id, itemId: l.product_id, orderId: l.order_id, time: new Date(l.placed_at).getTime() })
    }
    await onPage?.(out.length)
    if (page.rows.length < 10_000) break
    after = page.next
  }
  return out
}

/** Product views and cart adds of the last `days` days (bot-flagged events excluded by core). */
export async function loadInteractions(container: MedusaContainer, until: number, days: number, onPage?: (n: number) => Promise<void>): Promise<Interaction[]> {
  const data = dataReads(container)
  const out: Interaction[] = []
  let after: Cursor = null
  const since = new Date(until - days * DAY_MS).toISOString()
  for (;;) {
    const page = await data.pageEvents(after, 20_000, { types: ["product_viewed", "cart_item_added"], since, until: new Date(until).toISOString() })
    for (const e of page.rows) {
      if (!e.product_id) continue
      const userId = e.customer_id ?? (e.anonymous_id ? `anon:${e.anonymous_id}` : null)
      if (!userId) continue
      out.push({ userId, itemId: e.product_id, kind: e.type === "cart_item_added" ? "cart" : "view", time: new Date(e.occurred_at).getTime() })
    }
    await onPage?.(out.length)
    if (page.rows.length < 20_000) break
    after = page.next
  }
  return out
}

/** The catalog for content similarity: title, description, categories, collection and tags of every product. */
export async function loadCatalogDocs(container: MedusaContainer): Promise<ContentDoc[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const docs: ContentDoc[] = []
  for (let skip = 0; ; skip += 500) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "title", "description", "collection_id", "categories.id", "categories.parent_category_id", "tags.value"],
      pagination: { skip, take: 500, order: { id: "ASC" } },
    })
    for (const p of data as any[]) {
      const cats = new Set<string>()
      for (const c of p.categories ?? []) {
        if (!c) continue
        cats.add(c.id)
        if (c.parent_category_id) cats.add(c.parent_category_id)
      }
      docs.push({
        id: p.id,
        title: p.title ?? "",
        description: p.description ?? "",
        categories: [...cats].sort(),
        collection: p.collection_id ?? undefined,
        tags: (p.tags ?? []).filter(Boolean).map((t: { value: string }) => t.value),
      })
    }
    if (data.length < 500) break
  }
  return docs
}

/**
 * Segments for per-segment popularity: Medusa customer groups (which the personas plugin, when installed, keeps in
 * sync with its segments). Read through Medusa, so this works with or without personas.
 */
export async function loadSegments(container: MedusaContainer): Promise<Map<string, string[]>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const out = new Map<string, string[]>()
  for (let skip = 0; ; skip += 100) {
    const { data } = await query.graph({ entity: "customer_group", fields: ["id", "customers.id"], pagination: { skip, take: 100, order: { id: "ASC" } } })
    for (const g of data as any[]) {
      for (const c of g.customers ?? []) {
        if (!c?.id) continue
        ;(out.get(c.id) ?? out.set(c.id, []).get(c.id)!).push(g.id)
      }
    }
    if (data.length < 100) break
  }
  return out
}
