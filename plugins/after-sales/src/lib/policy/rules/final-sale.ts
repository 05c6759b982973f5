import { z } from "@medusajs/framework/zod"
import type { PolicyRule } from "../policy-types"

export type FinalSaleArgs = {
  categories?: string[]
  products?: string[]
  /** Line tags that mark final sale (default ["final_sale"]). */
  tags?: string[]
  /** Final sale does not remove the right to a remedy for a defect: such lines go to review by default. */
  defective?: "review" | "pass"
}

const argsSchema = z
  .object({
    categories: z.array(z.string().min(1)).optional(),
    products: z.array(z.string().min(1)).optional(),
    tags: z.array(z.string().min(1)).optional(),
    defective: z.enum(["review", "pass"]).optional(),
  })
  .strict()

/** Refuses items sold as final sale, except defective ones and claims (which go to review). */
export const finalSaleRule: PolicyRule<FinalSaleArgs> = {
  code: "final_sale",
  title: "Final sale",
  description: "Items sold as final sale (flag, tag, category or product) cannot be returned; a defect or a claim goes to review instead.",
  argsSchema: argsSchema as z.ZodType<FinalSaleArgs>,
  evaluate(args, { request }) {
    const tags = args.tags ?? ["final_sale"]
    return request.lines.map((line) => {
      const finalSale =
        line.finalSale === true ||
        (args.categories ?? []).some((c) => line.categoryIds.includes(c)) ||
        (args.products ?? []).includes(line.productId) ||
        tags.some((t) => line.tags?.includes(t))
      const defect = line.condition === "defective" || request.kind === "claim"
      const numbers = { finalSale, defect }
      if (!finalSale) return { lineId: line.lineId, outcome: "pass" as const, message: "not a final-sale item", numbers }
      if (defect) {
        return { lineId: line.lineId, outcome: args.defective ?? ("review" as const), message: "final-sale item reported defective", numbers }
      }
      return { lineId: line.lineId, outcome: "refuse" as const, message: "final-sale items cannot be returned", numbers }
    })
  },
}
