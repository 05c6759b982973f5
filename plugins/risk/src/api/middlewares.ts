import { defineMiddlewares } from "@medusajs/framework/http"
import { adminRiskMiddlewares } from "./admin/finesse/risk/middlewares"
import { guardHeldCapture, guardHeldFulfillment } from "./admin/guards"
import { noteCheckoutContext } from "./store/checkout-context"

export default defineMiddlewares({
  routes: [
    ...adminRiskMiddlewares,
    { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [noteCheckoutContext] },
    { matcher: "/admin/payments/:id/capture", methods: ["POST"], middlewares: [guardHeldCapture] },
    { matcher: "/admin/orders/:id/fulfillments", methods: ["POST"], middlewares: [guardHeldFulfillment] },
  ],
})
