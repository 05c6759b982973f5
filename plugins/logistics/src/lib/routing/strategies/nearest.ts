import { z } from "@medusajs/framework/zod"
import type { RoutingStrategy } from "../types"

const argsSchema = z
  .object({
    /** sum: total km of all shipments; max: the farthest shipment (the last parcel to arrive) */
    aggregate: z.enum(["sum", "max"]).default("sum"),
    /** km counted for a location or destination without coordinates */
    unknown_km: z.number().min(0).default(5000),
  })
  .strict()
export type NearestArgs = z.infer<typeof argsSchema>

/** Straight-line km from each shipping location to the destination (coordinates from the shipped gazetteer). */
export const nearest: RoutingStrategy<NearestArgs> = {
  code: "nearest",
  title: "Nearest location",
  description: "Prefers locations closest to the delivery address (great-circle km; the address is geocoded from postcode or city offline).",
  argsSchema: argsSchema as z.ZodType<NearestArgs>,
  evaluate(args, c, ctx) {
    let sum = 0
    let max = 0
    const parts: string[] = []
    let unknown = 0
    for (const s of c.shipments) {
      const d = ctx.distanceKm(s.location_id)
      const km = d ?? args.unknown_km
      if (d === null) unknown++
      sum += km
      max = Math.max(max, km)
      parts.push(`${ctx.location(s.location_id).name} ${d === null ? "distance unknown" : `${Math.round(d)} km`}`)
    }
    const score = args.aggregate === "max" ? max : sum
    const note = unknown ? ` (${unknown} without coordinates counted as ${args.unknown_km} km)` : ""
    return { score, feasible: true, message: `${parts.join(", ")}${note}` }
  },
}
