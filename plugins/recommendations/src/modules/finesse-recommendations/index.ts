import { Module } from "@medusajs/framework/utils"
import FinesseRecommendationsModuleService from "./service"

export const FINESSE_RECOMMENDATIONS_MODULE = "finesse_recommendations"

export default Module(FINESSE_RECOMMENDATIONS_MODULE, {
  service: FinesseRecommendationsModuleService,
})
