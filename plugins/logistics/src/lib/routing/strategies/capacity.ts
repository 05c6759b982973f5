import { z } from "@medusajs/framework/zod"
import type { RoutingStrategy } from "../types"

const argsSchema = z
  .object({
    /** true: a location at its daily capacity takes no more shipments today */
    hard: z.boolean().default(true),
    /** true: among locations with room, prefer the one with the most spare capacity (scores the fullest) */
    prefer_spare: z.boolean().default(true),
  })
  .strict()
export type CapacityArgs = z.infer<typeof argsSchema>

/** Daily packing capacity per location: shipments already routed today against the location's limit. */
export const capacityAware: RoutingStrategy<CapacityArgs> = {
  code: "capacity",
  title: "Capacity-aware",
  description: "Keeps each location within its daily capacity (shipments per day); optionally prefers the location with the most room left.",
  argsSchema: argsSchema as z.ZodType<CapacityArgs>,
  evaluate(args, c, ctx) {
    let worst = 0
    let over = false
    const parts: string[] = []
    for (const s of c.shipments) {
      const l = ctx.location(s.location_id)
      if (l.daily_capacity === null) {
        parts.push(`${l.name} no limit`)
        continue
      }
      const after = l.used_today + 1
      const use = l.daily_capacity > 0 ? after / l.daily_capacity : Infinity
      if (after > l.daily_capacity) over = true
      worst = Math.max(worst, use)
      parts.push(`${l.name} ${after}/${l.daily_capacity} today${after > l.daily_capacity ? " (over capacity)" : ""}`)
    }
    return { score: args.prefer_spare ? Math.min(worst, 10) : over ? 1 : 0, feasible: !(args.hard && over), message: parts.join(", ") }
  },
}
