import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@finesse/core/api/utils/validation"
import {
  ActivateBody,
  CreateExperimentBody,
  CreateRuleBody,
  ListQuery,
  ListRulesQuery,
  PerformanceQuery,
  PreviewQuery,
  SettingsBody,
  TrainBody,
  UpdateExperimentBody,
  UpdateRuleBody,
} from "./validators"

const base = "/admin/finesse/recommendations"

// authentication of /admin/* is Medusa's own (user: bearer, session or API key)
export const adminRecommendationsMiddlewares: MiddlewareRoute[] = [
  { matcher: `${base}/versions`, methods: ["GET"], middlewares: [validateQuery(ListQuery)] },
  { matcher: `${base}/versions/:id/activate`, methods: ["POST"], middlewares: [validateBody(ActivateBody)] },
  { matcher: `${base}/rollback`, methods: ["POST"], middlewares: [validateBody(ActivateBody)] },
  { matcher: `${base}/train`, methods: ["POST"], middlewares: [validateBody(TrainBody)] },
  { matcher: `${base}/feedback`, methods: ["POST"], middlewares: [validateBody(ActivateBody)] },
  { matcher: `${base}/evaluations`, methods: ["GET"], middlewares: [validateQuery(ListQuery)] },
  { matcher: `${base}/preview`, methods: ["GET"], middlewares: [validateQuery(PreviewQuery)] },
  { matcher: `${base}/rules`, methods: ["GET"], middlewares: [validateQuery(ListRulesQuery)] },
  { matcher: `${base}/rules`, methods: ["POST"], middlewares: [validateBody(CreateRuleBody)] },
  { matcher: `${base}/rules/:id`, methods: ["POST"], middlewares: [validateBody(UpdateRuleBody)] },
  { matcher: `${base}/experiments`, methods: ["GET"], middlewares: [validateQuery(ListQuery)] },
  { matcher: `${base}/experiments`, methods: ["POST"], middlewares: [validateBody(CreateExperimentBody)] },
  { matcher: `${base}/experiments/:id`, methods: ["POST"], middlewares: [validateBody(UpdateExperimentBody)] },
  { matcher: `${base}/experiments/:id/start`, methods: ["POST"], middlewares: [validateBody(ActivateBody)] },
  { matcher: `${base}/experiments/:id/stop`, methods: ["POST"], middlewares: [validateBody(ActivateBody)] },
  { matcher: `${base}/performance`, methods: ["GET"], middlewares: [validateQuery(PerformanceQuery)] },
  { matcher: `${base}/settings`, methods: ["POST"], middlewares: [validateBody(SettingsBody)] },
]
