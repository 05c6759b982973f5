import { z } from "@medusajs/framework/zod"
import { PASS, QualityRule } from "../rule-types"

type Args = { min: number; max: number }

/** A title long enough to say what the product is and short enough to show whole in listings and search results. */
export const titleLengthRule: QualityRule<Args> = {
  code: "title_length",
  label: "Title length",
  argsSchema: z.object({ min: z.number().int().min(1), max: z.number().int().min(1) }).strict() as unknown as z.ZodType<Args>,
  defaults: { min: 10, max: 80 },
  weight: 2,
  evaluate(p, args) {
    const n = (p.title ?? "").trim().length
    if (n === 0) return { score: 0, message: "no title", fix: "write a title" }
    if (n < args.min) return { score: n / args.min, message: `title has ${n} characters (< ${args.min})`, fix: `lengthen the title to at least ${args.min} characters: name the product type and a distinguishing attribute` }
    if (n > args.max) return { score: Math.max(0, 1 - (n - args.max) / args.max), message: `title has ${n} characters (> ${args.max})`, fix: `shorten the title to ${args.max} characters; move details to the description` }
    return PASS
  },
}
