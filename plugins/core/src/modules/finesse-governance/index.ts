import { Module } from "@medusajs/framework/utils"
import FinesseGovernanceModuleService from "./service"

export const FINESSE_GOVERNANCE_MODULE = "finesse_governance"

export default Module(FINESSE_GOVERNANCE_MODULE, {
  service: FinesseGovernanceModuleService,
})
