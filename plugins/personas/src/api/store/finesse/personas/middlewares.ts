import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "@finesse/core/api/utils/validation"
import { StoreSurveyResponseBody } from "./validators"

const customerOnly = authenticate("customer", ["session", "bearer"])

export const storePersonasMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/finesse/personas/me", methods: ["GET"], middlewares: [customerOnly] },
  { matcher: "/store/finesse/personas/surveys/active", methods: ["GET"], middlewares: [customerOnly] },
  {
    matcher: "/store/finesse/personas/surveys/:id/responses",
    methods: ["POST"],
    middlewares: [customerOnly, validateBody(StoreSurveyResponseBody)],
  },
]
