import { Module } from "@medusajs/framework/utils"
import FinesseDataModuleService from "./service"

export const FINESSE_DATA_MODULE = "finesse_data"

export default Module(FINESSE_DATA_MODULE, {
  service: FinesseDataModuleService,
})
