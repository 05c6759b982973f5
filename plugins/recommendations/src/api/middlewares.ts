import { defineMiddlewares } from "@medusajs/framework/http"
import { installFastPublishableKey } from "../serving/publishable-key"
import { adminCampaignsMiddlewares } from "./admin/finesse/campaigns/middlewares"
import { adminRecommendationsMiddlewares } from "./admin/finesse/recommendations/middlewares"
import { storePushMiddlewares } from "./store/finesse/push/middlewares"
import { storeRecommendationsMiddlewares } from "./store/finesse/recommendations/middlewares"

// before Medusa applies its publishable-key middleware to /store (see serving/publishable-key.ts)
installFastPublishableKey()

export default defineMiddlewares({
  routes: [...storeRecommendationsMiddlewares, ...storePushMiddlewares, ...adminRecommendationsMiddlewares, ...adminCampaignsMiddlewares],
})
