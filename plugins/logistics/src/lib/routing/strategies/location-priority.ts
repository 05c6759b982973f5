import { z } from "@medusajs/framework/zod"
import type { RoutingStrategy } from "../types"

const argsSchema = z
  .object({
    /** location ids from most to least preferred; absent: each location's own priority number */
    ranking: z.array(z.string().min(1)).max(200).optional(),
  })
  .strict()
export type LocationPriorityArgs = z.infer<typeof argsSchema>

/** Shopify's "ranked locations": a merchant's own order of preference. */
export const locationPriority: RoutingStrategy<LocationPriorityArgs> = {
  code: "location_priority",
  title: "Ranked locations",
  description: "Prefers locations higher in the merchant's ranking (the ranking given here, else each location's priority number).",
  argsSchema: argsSchema as z.ZodType<LocationPriorityArgs>,
  evaluate(args, c, ctx) {
    const rankOf = (id: string) => {
      if (args.ranking) {
        const k = args.ranking.indexOf(id)
        return k < 0 ? args.ranking.length : k
      }
      return ctx.location(id).priority
    }
    let sum = 0
    const parts: string[] = []
    for (const s of c.shipments) {
      const r = rankOf(s.location_id)
      sum += r
      parts.push(`${ctx.location(s.location_id).name} rank ${r + (args.ranking ? 1 : 0)}`)
    }
    return { score: sum, feasible: true, message: parts.join(", ") }
  },
}
