import { Module } from "@medusajs/framework/utils"
import FinessePersonasModuleService from "./service"

export const FINESSE_PERSONAS_MODULE = "finesse_personas"

export default Module(FINESSE_PERSONAS_MODULE, {
  service: FinessePersonasModuleService,
})
