import { z } from "@medusajs/framework/zod"
import type { RoutingStrategy } from "../types"

const argsSchema = z
  .object({
    /** weight of a line split across locations, in shipments (a split line is more handling for the customer) */
    split_line_penalty: z.number().min(0).max(1).default(0.01),
  })
  .strict()
export type FewestShipmentsArgs = z.infer<typeof argsSchema>

/** Shopify's first default rule and Salesforce OM's objective: as few parcels as possible. */
export const fewestShipments: RoutingStrategy<FewestShipmentsArgs> = {
  code: "fewest_shipments",
  title: "Fewest shipments",
  description: "Prefers shipping the order from as few locations as possible; among equal counts, fewer order lines split across locations.",
  argsSchema: argsSchema as z.ZodType<FewestShipmentsArgs>,
  evaluate(args, c) {
    const n = c.shipments.length
    const penalty = args.split_line_penalty ?? 0.01
    const split = c.split_lines ? `, ${c.split_lines} line${c.split_lines === 1 ? "" : "s"} split across locations` : ""
    return { score: n + penalty * c.split_lines, feasible: true, message: `${n} shipment${n === 1 ? "" : "s"}${split}` }
  },
}
