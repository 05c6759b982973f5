import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@finesse/core/api/utils/validation"
import { requireFinesseRole } from "@finesse/core/access"
import {
  ActionBody,
  AnalyzeBody,
  ApproveBody,
  CreateCaseBody,
  CreateReplyBody,
  CreateTermBody,
  ListCasesQuery,
  ListRepliesQuery,
  MessageBody,
  PreviewBody,
  RebuildIndexBody,
  RefundBody,
  RepairBody,
  SatisfactionQuery,
  SaveConfigBody,
  UpdateCaseBody,
  UpdateReplyBody,
  UpdateTermBody,
} from "./validators"

const A = "/admin/finesse/after-sales"

export const adminAfterSalesMiddlewares: MiddlewareRoute[] = [
  { matcher: `${A}/cases`, methods: ["GET"], middlewares: [validateQuery(ListCasesQuery)] },
  { matcher: `${A}/cases`, methods: ["POST"], middlewares: [validateBody(CreateCaseBody)] },
  { matcher: `${A}/cases/:id`, methods: ["POST"], middlewares: [validateBody(UpdateCaseBody)] },
  { matcher: `${A}/cases/:id/messages`, methods: ["POST"], middlewares: [validateBody(MessageBody)] },
  { matcher: `${A}/cases/:id/actions`, methods: ["POST"], middlewares: [validateBody(ActionBody)] },
  { matcher: `${A}/cases/:id/approve`, methods: ["POST"], middlewares: [validateBody(ApproveBody)] },
  { matcher: `${A}/cases/:id/refund`, methods: ["POST"], middlewares: [validateBody(RefundBody)] },
  { matcher: `${A}/cases/:id/repair`, methods: ["POST"], middlewares: [validateBody(RepairBody)] },
  // the return policy, SLA targets and settings decide refunds: changing them needs an approver
  { matcher: `${A}/policy`, methods: ["POST"], middlewares: [requireFinesseRole("approver"), validateBody(SaveConfigBody)] },
  { matcher: `${A}/policy/preview`, methods: ["POST"], middlewares: [validateBody(PreviewBody)] },
  { matcher: `${A}/replies`, methods: ["GET"], middlewares: [validateQuery(ListRepliesQuery)] },
  { matcher: `${A}/replies`, methods: ["POST"], middlewares: [validateBody(CreateReplyBody)] },
  { matcher: `${A}/replies/:id`, methods: ["POST"], middlewares: [validateBody(UpdateReplyBody)] },
  { matcher: `${A}/warranty-terms`, methods: ["POST"], middlewares: [validateBody(CreateTermBody)] },
  { matcher: `${A}/warranty-terms/:id`, methods: ["POST"], middlewares: [validateBody(UpdateTermBody)] },
  { matcher: `${A}/satisfaction`, methods: ["GET"], middlewares: [validateQuery(SatisfactionQuery)] },
  { matcher: `${A}/complaints/analyze`, methods: ["POST"], middlewares: [validateBody(AnalyzeBody)] },
  { matcher: `${A}/replies-index`, methods: ["POST"], middlewares: [validateBody(RebuildIndexBody)] },
]
