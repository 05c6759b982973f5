import { defineMiddlewares } from "@medusajs/framework/http"
import { adminAfterSalesMiddlewares } from "./admin/finesse/after-sales/middlewares"
import { storeAfterSalesMiddlewares } from "./store/finesse/after-sales/middlewares"

export default defineMiddlewares({ routes: [...storeAfterSalesMiddlewares, ...adminAfterSalesMiddlewares] })
