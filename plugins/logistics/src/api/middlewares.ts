import { defineMiddlewares } from "@medusajs/framework/http"
import { adminLogisticsMiddlewares } from "./admin/finesse/logistics/middlewares"

export default defineMiddlewares({ routes: adminLogisticsMiddlewares })
