import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@finesse/core/api/utils/validation"
import * as v from "./validators"

const P = "/admin/finesse/promotions"

export const adminPromotionsMiddlewares: MiddlewareRoute[] = [
  { matcher: `${P}/calendar`, methods: ["GET"], middlewares: [validateQuery(v.AdminCalendarQuery)] },
  { matcher: `${P}/audiences`, methods: ["GET"], middlewares: [validateQuery(v.AdminPageQuery)] },
  { matcher: `${P}/plans`, methods: ["GET"], middlewares: [validateQuery(v.AdminListPlansQuery)] },
  { matcher: `${P}/plans`, methods: ["POST"], middlewares: [validateBody(v.AdminCreatePlanBody)] },
  { matcher: `${P}/plans/:id`, methods: ["POST"], middlewares: [validateBody(v.AdminUpdatePlanBody)] },
  { matcher: `${P}/plans/:id/checks`, methods: ["POST"], middlewares: [validateBody(v.AdminRunChecksBody)] },
  { matcher: `${P}/plans/:id/simulate`, methods: ["POST"], middlewares: [validateBody(v.AdminSimulateBody)] },
  { matcher: `${P}/plans/:id/launch`, methods: ["POST"], middlewares: [validateBody(v.AdminLaunchBody)] },
  { matcher: `${P}/plans/:id/evaluate`, methods: ["POST"], middlewares: [validateBody(v.AdminEvaluateBody)] },
  { matcher: `${P}/evaluations`, methods: ["GET"], middlewares: [validateQuery(v.AdminListEvaluationsQuery)] },
  { matcher: `${P}/experiments`, methods: ["GET"], middlewares: [validateQuery(v.AdminListExperimentsQuery)] },
  { matcher: `${P}/experiments`, methods: ["POST"], middlewares: [validateBody(v.AdminCreateExperimentBody)] },
  { matcher: `${P}/experiments/:id/stop`, methods: ["POST"], middlewares: [validateBody(v.AdminStopExperimentBody)] },
  { matcher: `${P}/channels`, methods: ["GET"], middlewares: [validateQuery(v.AdminChannelsQuery)] },
  { matcher: `${P}/channels/orders`, methods: ["GET"], middlewares: [validateQuery(v.AdminChannelOrdersQuery)] },
  { matcher: `${P}/channels/spend`, methods: ["GET"], middlewares: [validateQuery(v.AdminListSpendQuery)] },
  { matcher: `${P}/channels/spend`, methods: ["POST"], middlewares: [validateBody(v.AdminCreateSpendBody)] },
  { matcher: `${P}/channels/spend/import`, methods: ["POST"], middlewares: [validateBody(v.AdminImportSpendBody)] },
  { matcher: `${P}/channels/attribute`, methods: ["POST"], middlewares: [validateBody(v.AdminAttributeBody)] },
]
