import { z } from "@medusajs/framework/zod"
import type { PolicyRule } from "../policy-types"

/** A line cannot return more units than were bought on it, less those already returned. */
export const returnableQuantityRule: PolicyRule<Record<string, never>> = {
  code: "returnable_quantity",
  title: "Returnable quantity",
  description: "Refuses a line asking for more units than were bought less those already returned, or for no unit.",
  argsSchema: z.object({}).strict() as unknown as z.ZodType<Record<string, never>>,
  evaluate(_args, { request }) {
    return request.lines.map((line) => {
      const already = line.returnedQuantity ?? 0
      const returnable = Math.max(0, line.purchasedQuantity - already)
      const numbers = { requested: line.quantity, purchased: line.purchasedQuantity, alreadyReturned: already, returnable }
      if (!Number.isInteger(line.quantity) || line.quantity < 1) {
        return { lineId: line.lineId, outcome: "refuse" as const, message: "at least one whole unit must be returned", numbers }
      }
      if (line.quantity > returnable) {
        return { lineId: line.lineId, outcome: "refuse" as const, message: `${line.quantity} units asked, ${returnable} can still be returned`, numbers }
      }
      return { lineId: line.lineId, outcome: "pass" as const, message: `${line.quantity} of ${returnable} returnable units`, numbers }
    })
  },
}
