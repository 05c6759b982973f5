import { z } from "@medusajs/framework/zod"
import { PASS, QualityRule } from "../rule-types"

type Args = { min: number }

/** Product pages with several images convert better; a thumbnail alone does not count as a gallery. */
export const imagesRule: QualityRule<Args> = {
  code: "images",
  label: "Images",
  argsSchema: z.object({ min: z.number().int().min(1) }).strict() as unknown as z.ZodType<Args>,
  defaults: { min: 3 },
  weight: 3,
  evaluate(p, args) {
    const urls = new Set((p.images ?? []).map((i) => i.url).filter(Boolean))
    const n = urls.size
    if (n >= args.min && p.thumbnail) return PASS
    if (n >= args.min) return { score: 0.9, message: "no thumbnail", fix: "choose a thumbnail from the product images" }
    return { score: n / args.min, message: n === 0 ? "no images" : `${n} image${n === 1 ? "" : "s"} (< ${args.min})`, fix: `add ${args.min - n} more image${args.min - n === 1 ? "" : "s"}: front, detail and in use` }
  },
}
