import { z } from "@medusajs/framework/zod"
import { ITEM_CONDITIONS, ItemCondition, PolicyRule, RuleFinding } from "../policy-types"
import { returnHistoryStats } from "../return-history"
import { lineValueMinor } from "../rule-scope"

export type AutoApproveArgs = {
  /** Value of the lines still in play (not refused by earlier rules), minor units, at most this. */
  maxValueMinor: number
  /** Units at most. */
  maxUnits: number
  /** Customer history: at least this many orders in the window before this one (0 = first-time buyers too). */
  minPriorOrders?: number
  /** Customer history: at most this many returns in the window. */
  maxPriorReturns?: number
  windowDays?: number
  /** Only lines in these conditions are approved automatically (default unopened, like_new). */
  conditions?: ItemCondition[]
}

const argsSchema = z
  .object({
    maxValueMinor: z.number().int().nonnegative(),
    maxUnits: z.number().int().positive(),
    minPriorOrders: z.number().int().nonnegative().optional(),
    maxPriorReturns: z.number().int().nonnegative().optional(),
    windowDays: z.number().int().positive().optional(),
    conditions: z.array(z.enum(ITEM_CONDITIONS)).optional(),
  })
  .strict()

/**
 * Approves without a person when the request is small and the customer's history is clean; otherwise sends it
 * to review, naming the limit it passed. Lines refused by rules listed earlier are left out of the value and
 * unit counts (so a small remainder of a partly refused request can still go through).
 */
export const autoApproveRule: PolicyRule<AutoApproveArgs> = {
  code: "auto_approve",
  title: "Auto-approval",
  description: "Approves automatically within a value and unit limit, for items in good condition, when the customer's order and return history meets the limits.",
  argsSchema: argsSchema as z.ZodType<AutoApproveArgs>,
  evaluate(args, { request, now, prior }) {
    const refused = new Set(prior.filter((v) => v.outcome === "refuse" && v.lineId !== null).map((v) => v.lineId as string))
    const requestRefused = prior.some((v) => v.outcome === "refuse" && v.lineId === null)
    const lines = request.lines.filter((l) => !refused.has(l.lineId))
    if (requestRefused || lines.length === 0) return []
    const valueMinor = lines.reduce((s, l) => s + lineValueMinor(l), 0)
    const units = lines.reduce((s, l) => s + l.quantity, 0)
    const windowDays = args.windowDays ?? 365
    // history before this order: the order itself is not a prior order
    const stats = returnHistoryStats(request.customer.history, Math.min(now, request.order.placedAt - 1), windowDays)
    const recentReturns = returnHistoryStats(request.customer.history, now, windowDays).returns
    const numbers = {
      valueMinor,
      maxValueMinor: args.maxValueMinor,
      units,
      maxUnits: args.maxUnits,
      priorOrders: stats.orders,
      minPriorOrders: args.minPriorOrders ?? 0,
      priorReturns: recentReturns,
      maxPriorReturns: args.maxPriorReturns ?? null,
    }
    let limit: string | null = null
    if (valueMinor > args.maxValueMinor) limit = `value ${valueMinor} is above the auto-approval limit ${args.maxValueMinor}`
    else if (units > args.maxUnits) limit = `${units} units are above the auto-approval limit of ${args.maxUnits}`
    else if (stats.orders < (args.minPriorOrders ?? 0)) limit = `${stats.orders} earlier orders in ${windowDays} days, ${args.minPriorOrders} needed`
    else if (args.maxPriorReturns !== undefined && recentReturns > args.maxPriorReturns) limit = `${recentReturns} returns in ${windowDays} days, at most ${args.maxPriorReturns} allowed`
    const goodConditions = args.conditions ?? ["unopened", "like_new"]
    return lines.map((line): RuleFinding => {
      if (limit) return { lineId: line.lineId, outcome: "review", message: limit, numbers }
      if (!line.condition || !goodConditions.includes(line.condition)) {
        return { lineId: line.lineId, outcome: "review", message: `condition ${line.condition ?? "unknown"} is not approved automatically`, numbers: { ...numbers, condition: line.condition ?? null } }
      }
      return { lineId: line.lineId, outcome: "approve", message: "within the auto-approval limits", numbers }
    })
  },
}
