import { z } from "@medusajs/framework/zod"
import { PolicyRule, Resolution, RESOLUTIONS } from "../policy-types"

const DAY_MS = 86_400_000
import { LineScope, lineScopeShape, scopeMatches, scopeSpecificity } from "../rule-scope"

export type ReturnWindow = LineScope & { days: number; resolutions?: Resolution[] }
export type ReturnWindowArgs = {
  windows: ReturnWindow[]
  /** What to do with an item no window covers (default "review"). */
  noWindow?: "review" | "refuse" | "pass"
}

const argsSchema = z
  .object({
    windows: z.array(z.object({ ...lineScopeShape, days: z.number().nonnegative(), resolutions: z.array(z.enum(RESOLUTIONS)).nonempty().optional() }).strict()).nonempty(),
    noWindow: z.enum(["review", "refuse", "pass"]).optional(),
  })
  .strict()

const round2 = (x: number) => Math.round(x * 100) / 100

/**
 * Return windows by category, product, tag and region. The window counts from delivery, or from the order when
 * there is no delivery date; N days end N x 24 h after that instant. Among the windows whose scope matches a
 * line, only the most specific ones count (a "shoes in Germany" window beats a "shoes" window, which beats the
 * default); several windows at that level are tiers, e.g. 30 days for any resolution and 60 days for store credit
 * or exchange only. Past every tier the line is refused.
 */
export const returnWindowRule: PolicyRule<ReturnWindowArgs> = {
  code: "return_window",
  title: "Return window",
  description: "Days since delivery (or since the order when not delivered) within which an item may come back, by category, product, tag and region; tiers may narrow the resolutions.",
  argsSchema: argsSchema as z.ZodType<ReturnWindowArgs>,
  evaluate(args, { request, now }) {
    const { order } = request
    const fromDelivery = order.deliveredAt != null
    const from = fromDelivery ? (order.deliveredAt as number) : order.placedAt
    const daysSince = round2(Math.max(0, now - from) / DAY_MS)
    return request.lines.map((line) => {
      const matching = args.windows.filter((w) => scopeMatches(w, line, order))
      const base = { daysSince, counting: fromDelivery ? "delivery" : "order" }
      if (matching.length === 0) {
        const outcome = args.noWindow ?? "review"
        return { lineId: line.lineId, outcome, message: "no return window covers this item", numbers: { ...base, windowDays: null } }
      }
      const level = Math.max(...matching.map(scopeSpecificity))
      const tiers = matching.filter((w) => scopeSpecificity(w) === level)
      const longest = Math.max(...tiers.map((w) => w.days))
      const open = tiers.filter((w) => (now - from) / DAY_MS <= w.days)
      if (open.length === 0) {
        return {
          lineId: line.lineId,
          outcome: "refuse" as const,
          message: `${daysSince} days since ${base.counting}; the return window is ${longest} days`,
          numbers: { ...base, windowDays: longest },
        }
      }
      const shortestOpen = Math.min(...open.map((w) => w.days))
      const unrestricted = open.some((w) => !w.resolutions)
      const resolutions = unrestricted ? undefined : RESOLUTIONS.filter((r) => open.some((w) => w.resolutions?.includes(r)))
      return {
        lineId: line.lineId,
        outcome: "pass" as const,
        message: `${daysSince} of ${shortestOpen} days since ${base.counting}`,
        numbers: { ...base, windowDays: shortestOpen },
        ...(resolutions ? { resolutions } : {}),
      }
    })
  },
}
