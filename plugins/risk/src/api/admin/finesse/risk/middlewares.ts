import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@finesse/core/api/utils/validation"
import { requireFinesseRole } from "@finesse/core/access"
import * as v from "./validators"

const P = "/admin/finesse/risk"

export const adminRiskMiddlewares: MiddlewareRoute[] = [
  { matcher: `${P}/assessments`, methods: ["GET"], middlewares: [validateQuery(v.AdminListAssessmentsQuery)] },
  { matcher: `${P}/assessments/:id/approve`, methods: ["POST"], middlewares: [validateBody(v.AdminApproveBody)] },
  { matcher: `${P}/assessments/:id/cancel`, methods: ["POST"], middlewares: [validateBody(v.AdminCancelBody)] },
  { matcher: `${P}/orders/:id/outcomes`, methods: ["POST"], middlewares: [validateBody(v.AdminOutcomeBody)] },
  // rule changes decide which orders are held or refused: an approver's call
  { matcher: `${P}/rules`, methods: ["POST"], middlewares: [requireFinesseRole("approver"), validateBody(v.AdminRuleSetBody)] },
  { matcher: `${P}/backtest`, methods: ["POST"], middlewares: [validateBody(v.AdminBacktestBody)] },
  { matcher: `${P}/lists`, methods: ["GET"], middlewares: [validateQuery(v.AdminListEntriesQuery)] },
  { matcher: `${P}/lists`, methods: ["POST"], middlewares: [validateBody(v.AdminListEntryBody)] },
  { matcher: `${P}/model/train`, methods: ["POST"], middlewares: [validateBody(v.AdminTrainBody)] },
  { matcher: `${P}/replay`, methods: ["POST"], middlewares: [validateBody(v.AdminTrainBody)] },
  { matcher: `${P}/incidents`, methods: ["GET"], middlewares: [validateQuery(v.AdminListIncidentsQuery)] },
  { matcher: `${P}/incidents/:id/acknowledge`, methods: ["POST"], middlewares: [validateBody(v.AdminIncidentActionBody)] },
  { matcher: `${P}/incidents/:id/resolve`, methods: ["POST"], middlewares: [validateBody(v.AdminIncidentActionBody)] },
  { matcher: `${P}/kpis`, methods: ["GET"], middlewares: [validateQuery(v.AdminSeriesQuery)] },
  { matcher: `${P}/anomalies/run`, methods: ["POST"], middlewares: [validateBody(v.AdminRunAnomaliesBody)] },
]
