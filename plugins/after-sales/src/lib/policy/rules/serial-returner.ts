import { z } from "@medusajs/framework/zod"
import type { PolicyRule } from "../policy-types"
import { returnHistoryStats } from "../return-history"

export type SerialReturnerArgs = {
  windowDays: number
  /** Flag above this share of units returned (0.4 = 40 %)... */
  maxReturnRate: number
  /** ...once the customer bought at least this many units in the window (a volume guard: 1 of 2 is not a pattern). */
  minUnitsBought: number
  /** Flag at this many returns in the window, whatever the rate (optional). */
  maxReturns?: number
  /** review (default) or refuse. */
  outcome?: "review" | "refuse"
}

const argsSchema = z
  .object({
    windowDays: z.number().int().positive(),
    maxReturnRate: z.number().gt(0).lte(1),
    minUnitsBought: z.number().int().nonnegative(),
    maxReturns: z.number().int().positive().optional(),
    outcome: z.enum(["review", "refuse"]).optional(),
  })
  .strict()

/**
 * Flags customers who return much of what they buy (the pattern Loop and AfterShip call return abuse): units
 * returned / units bought over the window above the threshold with enough volume, or too many returns. The
 * whole request then goes to review (or is refused), and the case carries the flag "serial_returner".
 */
export const serialReturnerRule: PolicyRule<SerialReturnerArgs> = {
  code: "serial_returner",
  title: "Serial returner",
  description: "Return rate (units returned / units bought) or return count over a window above a threshold flags the customer; the request goes to review.",
  argsSchema: argsSchema as z.ZodType<SerialReturnerArgs>,
  evaluate(args, { request, now }) {
    const s = returnHistoryStats(request.customer.history, now, args.windowDays)
    const numbers = {
      windowDays: args.windowDays,
      unitsBought: s.unitsBought,
      unitsReturned: s.unitsReturned,
      returnRate: Math.round(s.returnRate * 10_000) / 10_000,
      maxReturnRate: args.maxReturnRate,
      minUnitsBought: args.minUnitsBought,
      returns: s.returns,
      maxReturns: args.maxReturns ?? null,
    }
    const byRate = s.unitsBought >= args.minUnitsBought && s.unitsBought > 0 && s.returnRate > args.maxReturnRate
    const byCount = args.maxReturns !== undefined && s.returns >= args.maxReturns
    if (!byRate && !byCount) {
      return [{ lineId: null, outcome: "pass", message: `return rate ${(s.returnRate * 100).toFixed(1)} % of ${s.unitsBought} units`, numbers }]
    }
    const message = byRate
      ? `returned ${s.unitsReturned} of ${s.unitsBought} units (${(s.returnRate * 100).toFixed(1)} %) in ${args.windowDays} days, above ${(args.maxReturnRate * 100).toFixed(0)} %`
      : `${s.returns} returns in ${args.windowDays} days (limit ${args.maxReturns})`
    return [{ lineId: null, outcome: args.outcome ?? "review", message, numbers, flags: ["serial_returner"] }]
  },
}
