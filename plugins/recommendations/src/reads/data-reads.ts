import type { MedusaContainer } from "@medusajs/framework/types"
import type { Cursor, EventFilter, EventReadRow, FactFilter, LineFactRow, OrderFactRow, Page } from "@finesse/core/lib/facts/read-types"

/** Core's data module (`finesse_data`), resolved from the container: a capability plugin never imports its code. */
export const FINESSE_DATA_MODULE = "finesse_data"

/** The part of core's data module recommendations reads, typed with core's read types. */
export type DataReads = {
  pageOrderFacts(after: Cursor, limit: number, filter?: FactFilter): Promise<Page<OrderFactRow>>
  pageOrderLineFacts(after: Cursor, limit: number, filter?: FactFilter): Promise<Page<LineFactRow>>
  pageEvents(after: Cursor, limit: number, filter?: EventFilter): Promise<Page<EventReadRow>>
  loadVariantCosts(variantIds: string[]): Promise<Map<string, Map<string, number>>>
}

export function dataReads(container: MedusaContainer): DataReads {
  return container.resolve(FINESSE_DATA_MODULE) as DataReads
}
