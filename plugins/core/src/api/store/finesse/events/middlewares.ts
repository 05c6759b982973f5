import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../utils/validation"
import { StoreEventsBody } from "./validators"

export const storeEventsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/finesse/events",
    methods: ["POST"],
    // 500 events of a few hundred bytes each; a larger body is answered with 413
    bodyParser: { sizeLimit: "512kb" },
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateBody(StoreEventsBody),
    ],
  },
]
