import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@finesse/core/api/utils/validation"
import { StoreCancelBody, StoreCreateCaseBody, StoreListCasesQuery, StoreMessageBody, StoreReturnableQuery, StoreSurveyAnswerBody } from "./validators"

const customerOnly = authenticate("customer", ["session", "bearer"])
const S = "/store/finesse/after-sales"

export const storeAfterSalesMiddlewares: MiddlewareRoute[] = [
  { matcher: `${S}/cases`, methods: ["GET"], middlewares: [customerOnly, validateQuery(StoreListCasesQuery)] },
  { matcher: `${S}/cases`, methods: ["POST"], middlewares: [customerOnly, validateBody(StoreCreateCaseBody)] },
  { matcher: `${S}/cases/:id`, methods: ["GET"], middlewares: [customerOnly] },
  { matcher: `${S}/cases/:id/messages`, methods: ["POST"], middlewares: [customerOnly, validateBody(StoreMessageBody)] },
  { matcher: `${S}/cases/:id/cancel`, methods: ["POST"], middlewares: [customerOnly, validateBody(StoreCancelBody)] },
  { matcher: `${S}/orders/:id/returnable`, methods: ["GET"], middlewares: [customerOnly, validateQuery(StoreReturnableQuery)] },
  // the survey link in the message carries a secret token: no login needed to answer
  { matcher: `${S}/surveys/:token`, methods: ["POST"], middlewares: [validateBody(StoreSurveyAnswerBody)] },
]
