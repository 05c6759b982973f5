import { Module } from "@medusajs/framework/utils"
import FinesseRiskModuleService from "./service"

export const FINESSE_RISK_MODULE = "finesse_risk"

export default Module(FINESSE_RISK_MODULE, {
  service: FinesseRiskModuleService,
})
