import { Module } from "@medusajs/framework/utils"
import FinessePricingModuleService from "./service"

export const FINESSE_PRICING_MODULE = "finesse_pricing"

export default Module(FINESSE_PRICING_MODULE, {
  service: FinessePricingModuleService,
})
