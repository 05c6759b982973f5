import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@finesse/core/api/utils/validation"
import { SupplyPolicySchema } from "../../../../modules/finesse-catalog/policy"
import * as v from "./validators"

const P = "/admin/finesse/catalog"

export const adminCatalogMiddlewares: MiddlewareRoute[] = [
  { matcher: `${P}/quality/run`, methods: ["POST"], middlewares: [validateBody(v.AdminRunBody)] },
  { matcher: `${P}/quality/todo`, methods: ["GET"], middlewares: [validateQuery(v.AdminTodoQuery)] },
  { matcher: `${P}/quality/rules/:code`, methods: ["POST"], middlewares: [validateBody(v.AdminRuleBody)] },
  { matcher: `${P}/categories/run`, methods: ["POST"], middlewares: [validateBody(v.AdminRunCategoriesBody)] },
  { matcher: `${P}/categories/health`, methods: ["GET"], middlewares: [validateQuery(v.AdminHealthQuery)] },
  { matcher: `${P}/forecasts`, methods: ["GET"], middlewares: [validateQuery(v.AdminForecastListQuery)] },
  { matcher: `${P}/forecasts/run`, methods: ["POST"], middlewares: [validateBody(v.AdminRunForecastBody)] },
  { matcher: `${P}/forecasts/variants/:variant_id`, methods: ["GET"], middlewares: [validateQuery(v.AdminForecastVariantQuery)] },
  { matcher: `${P}/replenishment`, methods: ["GET"], middlewares: [validateQuery(v.AdminReplenishmentQuery)] },
  { matcher: `${P}/replenishment/export`, methods: ["GET"], middlewares: [validateQuery(v.AdminReplenishmentExportQuery)] },
  { matcher: `${P}/replenishment/run`, methods: ["POST"], middlewares: [validateBody(v.AdminRunBody)] },
  { matcher: `${P}/policy`, methods: ["POST"], middlewares: [validateBody(SupplyPolicySchema.partial().strict())] },
  { matcher: `${P}/lead-times`, methods: ["GET"], middlewares: [validateQuery(v.AdminLeadTimeQuery)] },
  { matcher: `${P}/lead-times`, methods: ["POST"], middlewares: [validateBody(v.AdminLeadTimesBody)] },
  { matcher: `${P}/lead-times/import`, methods: ["POST"], bodyParser: { sizeLimit: "11mb" }, middlewares: [validateBody(v.AdminLeadTimeImportBody)] },
  { matcher: `${P}/abc-xyz/variants`, methods: ["GET"], middlewares: [validateQuery(v.AdminClassQuery)] },
]
