import { Module } from "@medusajs/framework/utils"
import { FINESSE_JOBS_MODULE } from "../../job-runtime/define"
import FinesseJobsModuleService from "./service"

export { FINESSE_JOBS_MODULE }

export default Module(FINESSE_JOBS_MODULE, {
  service: FinesseJobsModuleService,
})
