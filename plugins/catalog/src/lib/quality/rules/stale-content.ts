import { z } from "@medusajs/framework/zod"
import { DAY_MS } from "../../series/calendar"
import { PASS, QualityRule } from "../rule-types"

type Args = { maxAgeDays: number }

function toMs(v: number | string | Date | null | undefined): number | null {
  if (v === null || v === undefined) return null
  const t = typeof v === "number" ? v : v instanceof Date ? v.getTime() : Date.parse(v)
  return Number.isFinite(t) ? t : null
}

/** Content untouched for a long time: prices, images and copy tend to drift from what is sold. */
export const staleContentRule: QualityRule<Args> = {
  code: "stale_content",
  label: "Content up to date",
  argsSchema: z.object({ maxAgeDays: z.number().int().min(1) }).strict() as unknown as z.ZodType<Args>,
  defaults: { maxAgeDays: 365 },
  weight: 1,
  evaluate(p, args, ctx) {
    const t = toMs(p.updated_at)
    if (t === null) return PASS
    const age = (ctx.now - t) / DAY_MS
    if (age <= args.maxAgeDays) return PASS
    return { score: Math.max(0, 1 - (age - args.maxAgeDays) / args.maxAgeDays), message: `not updated for ${Math.floor(age)} days`, fix: "review the title, description, images and prices" }
  },
}
