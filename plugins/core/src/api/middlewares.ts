import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCostsMiddlewares } from "./admin/finesse/costs/middlewares"
import { adminJobsMiddlewares } from "./admin/finesse/jobs/middlewares"
import { adminKpisMiddlewares } from "./admin/finesse/kpis/middlewares"
import { storeEventsMiddlewares } from "./store/finesse/events/middlewares"

export default defineMiddlewares({
  routes: [...adminJobsMiddlewares, ...adminKpisMiddlewares, ...adminCostsMiddlewares, ...storeEventsMiddlewares],
})
