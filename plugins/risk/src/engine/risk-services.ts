import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { fieldCipher, type FieldCipher } from "@finesse/core/privacy"
import { FINESSE_RISK_MODULE } from "../modules/finesse-risk"
import type FinesseRiskModuleService from "../modules/finesse-risk/service"

/** The part of core's data service the risk engine uses (structural, so no import of core's module types). */
export type FinesseDataForRisk = { hashIp(ip: string | null | undefined): string | null }

export type RiskServices = { risk: FinesseRiskModuleService; db: Knex; cipher: FieldCipher; data: FinesseDataForRisk }

/** Resolves what the engine needs from a container once per call site. */
export function riskServices(container: MedusaContainer): RiskServices {
  const risk = container.resolve<FinesseRiskModuleService>(FINESSE_RISK_MODULE)
  return { risk, db: risk.db(), cipher: fieldCipher(container), data: container.resolve<FinesseDataForRisk>("finesse_data") }
}
