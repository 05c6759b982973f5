import { z } from "@medusajs/framework/zod"
import type { RoutingStrategy } from "../types"

const argsSchema = z
  .object({
    /** true: never ship from a location outside the destination's market (a hard rule) */
    strict: z.boolean().default(false),
  })
  .strict()
export type SameMarketArgs = z.infer<typeof argsSchema>

/** Shopify's "keep within the destination market": no customs, no cross-border rates, local returns. */
export const sameMarket: RoutingStrategy<SameMarketArgs> = {
  code: "same_market",
  title: "Same market",
  description: "Prefers locations whose market includes the destination country (counts shipments from outside it); strict makes it a hard rule.",
  argsSchema: argsSchema as z.ZodType<SameMarketArgs>,
  evaluate(args, c, ctx) {
    const cc = ctx.input.destination.country_code.toLowerCase()
    const outside = c.shipments.filter((s) => !ctx.location(s.location_id).markets.includes(cc))
    if (!outside.length) return { score: 0, feasible: true, message: `every shipment from inside the ${cc.toUpperCase()} market` }
    const names = outside.map((s) => ctx.location(s.location_id).name).join(", ")
    return {
      score: outside.length,
      feasible: !args.strict,
      message: `${outside.length} shipment${outside.length === 1 ? "" : "s"} from outside the ${cc.toUpperCase()} market (${names})`,
    }
  },
}
