import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { catalogService } from "../../helpers"
import type { AdminTodoQueryType } from "../../validators"

/**
 * GET /admin/finesse/catalog/quality/todo?code&product_id&q&limit&offset → the ranked to-do list: each unmet rule of
 * each product with what is wrong, the fix, the points it adds to the product's score and its priority.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as AdminTodoQueryType
  const { rows, count } = await catalogService(req).listTodo(q)
  res.json({ todo: rows, count, offset: q.offset, limit: q.limit })
}
