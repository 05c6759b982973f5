import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCatalogMiddlewares } from "./admin/finesse/catalog/middlewares"

export default defineMiddlewares({
  routes: [...adminCatalogMiddlewares],
})
