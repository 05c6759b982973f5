import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@finesse/core/api/utils/validation"
import { CreateCampaignBody, ListCampaignsQuery, ListDeliveriesQuery, RunCampaignBody, UpdateCampaignBody } from "./validators"

export const adminCampaignsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/finesse/campaigns", methods: ["GET"], middlewares: [validateQuery(ListCampaignsQuery)] },
  { matcher: "/admin/finesse/campaigns", methods: ["POST"], middlewares: [validateBody(CreateCampaignBody)] },
  { matcher: "/admin/finesse/campaigns/:id", methods: ["POST"], middlewares: [validateBody(UpdateCampaignBody)] },
  { matcher: "/admin/finesse/campaigns/:id/run", methods: ["POST"], middlewares: [validateBody(RunCampaignBody)] },
  { matcher: "/admin/finesse/campaigns/:id/deliveries", methods: ["GET"], middlewares: [validateQuery(ListDeliveriesQuery)] },
]
