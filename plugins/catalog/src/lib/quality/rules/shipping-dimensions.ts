import { z } from "@medusajs/framework/zod"
import { PASS, QualityRule } from "../rule-types"

type Args = { requireDimensions: boolean }

/** Weight (and length, width, height) on every variant or on the product: carriers price by them. */
export const shippingDimensionsRule: QualityRule<Args> = {
  code: "shipping_dimensions",
  label: "Weight and dimensions for shipping",
  argsSchema: z.object({ requireDimensions: z.boolean() }).strict() as unknown as z.ZodType<Args>,
  defaults: { requireDimensions: true },
  weight: 2,
  evaluate(p, args) {
    const variants = p.variants?.length ? p.variants : [{ id: p.id }]
    const fields = args.requireDimensions ? (["weight", "length", "width", "height"] as const) : (["weight"] as const)
    let gaps = 0
    const lacking = new Set<string>()
    for (const v of variants) {
      for (const f of fields) {
        const value = (v as Record<string, unknown>)[f] ?? p[f]
        if (typeof value !== "number" || !(value > 0)) (gaps++, lacking.add(f))
      }
    }
    if (!gaps) return PASS
    return { score: 1 - gaps / (variants.length * fields.length), message: `missing ${[...lacking].join(", ")}`, fix: `enter ${[...lacking].join(", ")} on the variants (or once on the product)` }
  },
}
