import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "@finesse/core/api/utils/validation"
import { StoreRecommendationsQuery } from "./validators"

// customer authentication (bearer or session, optional) is applied to every /store route by Medusa itself
export const storeRecommendationsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/finesse/recommendations",
    methods: ["GET"],
    middlewares: [validateQuery(StoreRecommendationsQuery)],
  },
]
