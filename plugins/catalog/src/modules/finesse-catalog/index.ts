import { Module } from "@medusajs/framework/utils"
import FinesseCatalogModuleService from "./service"

export const FINESSE_CATALOG_MODULE = "finesse_catalog"

export default Module(FINESSE_CATALOG_MODULE, {
  service: FinesseCatalogModuleService,
})
