/**
 * The part of core's data module (`finesse_data`) personas reads, typed structurally with core's read types: a
 * capability plugin resolves the module from the container and never imports core's module code.
 */
import type {
  BasketRow,
  Cursor,
  EventFilter,
  EventReadRow,
  FactFilter,
  LineFactRow,
  OrderFactRow,
  Page as ReadPage,
} from "@finesse/core/lib/facts/read-types"

export const FINESSE_DATA_MODULE = "finesse_data"

type Page<T> = Promise<ReadPage<T>>

export type FactsReadApi = {
  pageOrderFacts(after: Cursor, limit?: number, filter?: FactFilter): Page<OrderFactRow>
  pageOrderLineFacts(after: Cursor, limit?: number, filter?: FactFilter): Page<LineFactRow>
  pageEvents(after: Cursor, limit?: number, filter?: EventFilter): Page<EventReadRow>
  /** Orders with their baskets in one compact row (newer cores); without it, facts and lines are merge-joined. */
  pageOrderBaskets?(after: Cursor, limit?: number, filter?: FactFilter): Page<BasketRow>
}

/**
 * Reads every page of a keyset scan, handing each page to `onPage`. With `limit`, a short page ends the scan (no
 * extra query for the empty page that would follow: the per-customer reads after an order are one page each).
 */
export async function scanPages<T>(
  read: (after: Cursor) => Page<T>,
  onPage: (rows: T[]) => void | Promise<void>,
  limit?: number
): Promise<number> {
  let after: Cursor = null
  let n = 0
  for (;;) {
    const page = await read(after)
    if (!page.rows.length) return n
    n += page.rows.length
    await onPage(page.rows)
    if (limit !== undefined && page.rows.length < limit) return n
    after = page.next
  }
}
