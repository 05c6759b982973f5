import { Module } from "@medusajs/framework/utils"
import FinesseAfterSalesModuleService from "./service"

export const FINESSE_AFTER_SALES_MODULE = "finesse_after_sales"

export default Module(FINESSE_AFTER_SALES_MODULE, {
  service: FinesseAfterSalesModuleService,
})
