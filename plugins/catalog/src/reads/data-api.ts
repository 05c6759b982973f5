/**
 * The part of core's data module (`finesse_data`) the catalog reads, typed structurally with core's read types: a
 * capability plugin resolves the module from the container and never imports core's module code.
 */
import type { Cursor, EventFilter, EventReadRow, Page } from "@finesse/core/lib/facts/read-types"

export const FINESSE_DATA_MODULE = "finesse_data"

export type CostsReadApi = {
  /** variant id → currency → unit cost (minor units) */
  loadVariantCosts(variantIds: string[]): Promise<Map<string, Map<string, number>>>
}

export type EventsReadApi = {
  pageEvents(after: Cursor, limit?: number, filter?: EventFilter): Promise<Page<EventReadRow>>
}

/** Every event of a filter, page by page. */
export async function readEvents(api: EventsReadApi, filter: EventFilter, onPage: (rows: EventReadRow[]) => void): Promise<number> {
  let after: Cursor = null
  let n = 0
  for (;;) {
    const page = await api.pageEvents(after, 20_000, filter)
    if (!page.rows.length) return n
    n += page.rows.length
    onPage(page.rows)
    if (page.rows.length < 20_000 || !page.next) return n
    after = page.next
  }
}
