import type { MedusaContainer } from "@medusajs/framework/types"
import { FINESSE_LOGISTICS_MODULE } from "../modules/finesse-logistics"
import type FinesseLogisticsModuleService from "../modules/finesse-logistics/service"

export function logisticsOf(container: { resolve: MedusaContainer["resolve"] }): FinesseLogisticsModuleService {
  return container.resolve<FinesseLogisticsModuleService>(FINESSE_LOGISTICS_MODULE)
}

/** "Today" of the capacity counters: the UTC calendar day. */
export function utcDay(ms = Date.now()): string {
  return new Date(ms).toISOString().slice(0, 10)
}
