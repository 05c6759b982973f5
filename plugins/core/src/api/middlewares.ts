import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCostsMiddlewares } from "./admin/finesse/costs/middlewares"
import { adminJobsMiddlewares } from "./admin/finesse/jobs/middlewares"
import { adminKpisMiddlewares } from "./admin/finesse/kpis/middlewares"
import { storeEventsMiddlewares } from "./store/finesse/events/middlewares"
import { governanceMiddlewares } from "./governance-middlewares"

export default defineMiddlewares({
  routes: [...governanceMiddlewares, ...adminJobsMiddlewares, ...adminKpisMiddlewares, ...adminCostsMiddlewares, ...storeEventsMiddlewares],
})
