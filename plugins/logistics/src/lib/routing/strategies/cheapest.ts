import { z } from "@medusajs/framework/zod"
import type { RoutingStrategy } from "../types"

const argsSchema = z
  .object({
    /** true: a candidate with a shipment no rate table covers is excluded; false: it costs `unquoted_cost` */
    require_rate: z.boolean().default(false),
    /** minor units counted for a shipment without a rate */
    unquoted_cost: z.number().int().min(0).default(100_000),
  })
  .strict()
export type CheapestArgs = z.infer<typeof argsSchema>

/** Total carrier cost of the candidate's parcels, each at the cheapest service of the rate tables. */
export const cheapest: RoutingStrategy<CheapestArgs> = {
  code: "cheapest",
  title: "Cheapest shipping",
  description: "Prefers the lowest total carrier cost: each parcel is quoted from the rate tables (weight bracket, destination zone) in the order's currency.",
  argsSchema: argsSchema as z.ZodType<CheapestArgs>,
  evaluate(args, c, ctx) {
    let total = 0
    let missing = 0
    const parts: string[] = []
    for (const s of c.shipments) {
      const q = ctx.quote(s.location_id, s.weight_g)
      const name = ctx.location(s.location_id).name
      if (!q) {
        missing++
        total += args.unquoted_cost
        parts.push(`${name}: no rate`)
      } else {
        total += q.price
        parts.push(`${name}: ${ctx.formatMoney(q.price)} (${q.carrier_code} ${q.service})`)
      }
    }
    return {
      score: total,
      feasible: !(args.require_rate && missing > 0),
      message: `${missing ? "" : `${ctx.formatMoney(total)}: `}${parts.join(", ")}`,
    }
  },
}
