/**
 * The part of core's data module (`finesse_data`) this plugin reads, typed structurally with core's read types: a
 * capability plugin resolves the module from the container and never imports core's module code.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import type { Cursor, EventFilter, EventReadRow, FactFilter, LineFactRow, OrderFactRow, Page as ReadPage } from "@finesse/core/lib/facts/read-types"

export const FINESSE_DATA_MODULE = "finesse_data"

type Page<T> = Promise<ReadPage<T>>

export type FactsReadApi = {
  pageOrderFacts(after: Cursor, limit?: number, filter?: FactFilter): Page<OrderFactRow>
  pageOrderLineFacts(after: Cursor, limit?: number, filter?: FactFilter): Page<LineFactRow>
  pageEvents(after: Cursor, limit?: number, filter?: EventFilter): Page<EventReadRow>
  loadVariantCosts(variantIds: string[]): Promise<unknown>
  /** A product's variants with their base prices and core's unit costs (minor units); null for an unknown product. */
  productCosts(productId: string): Promise<{
    product_id: string
    variants: { variant_id: string; prices: { currency_code: string; amount: number }[]; costs: { currency_code: string; amount: number }[] }[]
  } | null>
}

export const factsOf = (container: MedusaContainer) => container.resolve<FactsReadApi>(FINESSE_DATA_MODULE)

/** Every page of a keyset scan, each handed to `onPage`. */
export async function scanAll<T>(read: (after: Cursor) => Page<T>, onPage: (rows: T[]) => void | Promise<void>): Promise<number> {
  let after: Cursor = null
  let n = 0
  for (;;) {
    const page = await read(after)
    if (!page.rows.length) return n
    n += page.rows.length
    await onPage(page.rows)
    after = page.next
  }
}
