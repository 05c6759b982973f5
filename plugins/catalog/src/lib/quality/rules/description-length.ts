import { z } from "@medusajs/framework/zod"
import { PASS, QualityRule } from "../rule-types"

type Args = { minWords: number }

/** Enough description for a shopper (and search) to learn materials, size and use. HTML tags are not words. */
export const descriptionLengthRule: QualityRule<Args> = {
  code: "description_length",
  label: "Description length",
  argsSchema: z.object({ minWords: z.number().int().min(1) }).strict() as unknown as z.ZodType<Args>,
  defaults: { minWords: 40 },
  weight: 2,
  evaluate(p, args) {
    const text = (p.description ?? "").replace(/<[^>]*>/g, " ")
    const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
    if (words >= args.minWords) return PASS
    return {
      score: words / args.minWords,
      message: words === 0 ? "no description" : `description has ${words} words (< ${args.minWords})`,
      fix: `write at least ${args.minWords} words: materials, dimensions, care and what it is for`,
    }
  },
}
