import { defineMiddlewares } from "@medusajs/framework/http"
import { adminJobsMiddlewares } from "./admin/finesse/jobs/middlewares"

export default defineMiddlewares({
  routes: [...adminJobsMiddlewares],
})
