import { Module } from "@medusajs/framework/utils"
import FinesseLogisticsModuleService from "./service"

export const FINESSE_LOGISTICS_MODULE = "finesse_logistics"

export default Module(FINESSE_LOGISTICS_MODULE, {
  service: FinesseLogisticsModuleService,
})
