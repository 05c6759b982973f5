import { Module } from "@medusajs/framework/utils"
import FinessePromotionsModuleService from "./service"

export const FINESSE_PROMOTIONS_MODULE = "finesse_promotions"

export default Module(FINESSE_PROMOTIONS_MODULE, {
  service: FinessePromotionsModuleService,
})
