import { defineMiddlewares } from "@medusajs/framework/http"
import { adminPricingMiddlewares } from "./admin/finesse/pricing/middlewares"

export default defineMiddlewares({ routes: adminPricingMiddlewares })
