import type { MedusaRequest } from "@medusajs/framework/http"
import { FINESSE_RISK_MODULE } from "../../../../modules/finesse-risk"
import type FinesseRiskModuleService from "../../../../modules/finesse-risk/service"

export const riskOf = (req: MedusaRequest) => req.scope.resolve<FinesseRiskModuleService>(FINESSE_RISK_MODULE)

export type Page = { limit: number; offset: number }
