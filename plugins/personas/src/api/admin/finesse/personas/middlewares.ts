import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@finesse/core/api/utils/validation"
import * as v from "./validators"

const P = "/admin/finesse/personas"

export const adminPersonasMiddlewares: MiddlewareRoute[] = [
  { matcher: `${P}/recompute`, methods: ["POST"], middlewares: [validateBody(v.AdminRecomputeBody)] },
  { matcher: `${P}/cards`, methods: ["GET"], middlewares: [validateQuery(v.AdminListCardsQuery)] },
  { matcher: `${P}/profiles`, methods: ["GET"], middlewares: [validateQuery(v.AdminListProfilesQuery)] },
  { matcher: `${P}/traits`, methods: ["GET"], middlewares: [validateQuery(v.AdminListQuery)] },
  { matcher: `${P}/traits`, methods: ["POST"], middlewares: [validateBody(v.AdminCreateTraitBody)] },
  { matcher: `${P}/traits/:id`, methods: ["POST"], middlewares: [validateBody(v.AdminUpdateTraitBody)] },
  { matcher: `${P}/segments`, methods: ["GET"], middlewares: [validateQuery(v.AdminListQuery)] },
  { matcher: `${P}/segments`, methods: ["POST"], middlewares: [validateBody(v.AdminCreateSegmentBody)] },
  { matcher: `${P}/segments/preview`, methods: ["POST"], middlewares: [validateBody(v.AdminPreviewSegmentBody)] },
  { matcher: `${P}/segments/:id`, methods: ["POST"], middlewares: [validateBody(v.AdminUpdateSegmentBody)] },
  { matcher: `${P}/segments/:id/sync`, methods: ["POST"], middlewares: [validateBody(v.AdminSyncSegmentBody)] },
  { matcher: `${P}/segments/:id/syncs`, methods: ["GET"], middlewares: [validateQuery(v.AdminPageQuery)] },
  { matcher: `${P}/segments/:id/members`, methods: ["GET"], middlewares: [validateQuery(v.AdminPageQuery)] },
  { matcher: `${P}/surveys`, methods: ["GET"], middlewares: [validateQuery(v.AdminListSurveysQuery)] },
  { matcher: `${P}/surveys`, methods: ["POST"], middlewares: [validateBody(v.AdminCreateSurveyBody)] },
  { matcher: `${P}/surveys/:id`, methods: ["POST"], middlewares: [validateBody(v.AdminUpdateSurveyBody)] },
]
