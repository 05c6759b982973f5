import { defineMiddlewares } from "@medusajs/framework/http"
import { adminPersonasMiddlewares } from "./admin/finesse/personas/middlewares"
import { storePersonasMiddlewares } from "./store/finesse/personas/middlewares"

export default defineMiddlewares({
  routes: [...adminPersonasMiddlewares, ...storePersonasMiddlewares],
})
