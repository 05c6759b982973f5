import { defineMiddlewares } from "@medusajs/framework/http"
import { adminPromotionsMiddlewares } from "./admin/finesse/promotions/middlewares"

export default defineMiddlewares({ routes: [...adminPromotionsMiddlewares] })
