import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaService } from "@medusajs/framework/utils"
import FinesseEvent from "./models/event"
import FinesseEventRejection from "./models/event-rejection"
import FinesseOrderFact from "./models/order-fact"
import FinesseOrderLineFact from "./models/order-line-fact"
import {
  FinesseCustomerCohort,
  FinesseDailyProductSales,
  FinesseDailySales,
  FinesseDailyTraffic,
  FinesseRollupDirty,
} from "./models/rollups"
import FinesseVariantCost from "./models/variant-cost"
import { loadCosts, upsertCosts } from "./store/costs-store"
import { countRejections, insertEvents } from "./store/events-store"
import type { CostRow, EventRow } from "./types"

export type FinesseDataOptions = {
  events?: Record<string, unknown>
}

export default class FinesseDataModuleService extends MedusaService({
  FinesseEvent,
  FinesseEventRejection,
  FinesseVariantCost,
  FinesseOrderFact,
  FinesseOrderLineFact,
  FinesseDailySales,
  FinesseDailyProductSales,
  FinesseDailyTraffic,
  FinesseCustomerCohort,
  FinesseRollupDirty,
}) {
  protected readonly db_: Knex
  protected readonly options_: FinesseDataOptions

  constructor(cradle: Record<string, any>, options: FinesseDataOptions = {}) {
    // @ts-ignore MedusaService takes the container and the module declaration through `arguments`
    super(...arguments)
    this.db_ = cradle.__pg_connection__
    this.options_ = options ?? {}
  }

  /** Bulk insert; events whose client_event_id exists are skipped. Returns the client ids stored now. */
  async insertEvents(rows: EventRow[]): Promise<Set<string>> {
    return insertEvents(this.db_, rows)
  }

  async countRejections(counts: Parameters<typeof countRejections>[1]) {
    return countRejections(this.db_, counts)
  }

  /** Inserts or replaces unit costs (minor units), one per variant and currency. */
  async upsertVariantCosts(rows: CostRow[]): Promise<number> {
    return upsertCosts(this.db_, rows)
  }

  async loadVariantCosts(variantIds: string[]) {
    return loadCosts(this.db_, variantIds)
  }
}
