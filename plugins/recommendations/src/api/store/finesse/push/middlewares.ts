import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "@finesse/core/api/utils/validation"
import { PreferencesBody, UnsubscribeBody } from "./validators"

export const storePushMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/finesse/push/preferences",
    methods: ["GET"],
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    matcher: "/store/finesse/push/preferences",
    methods: ["POST"],
    middlewares: [authenticate("customer", ["session", "bearer"]), validateBody(PreferencesBody)],
  },
  { matcher: "/store/finesse/push/unsubscribe", methods: ["POST"], middlewares: [validateBody(UnsubscribeBody)] },
]
