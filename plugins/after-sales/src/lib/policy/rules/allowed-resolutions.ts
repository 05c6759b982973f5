import { z } from "@medusajs/framework/zod"
import { PolicyRule, Resolution, RESOLUTIONS } from "../policy-types"
import { LineScope, lineScopeShape, scopeMatches } from "../rule-scope"

export type AllowedResolutionsArgs = LineScope & { resolutions: Resolution[] }

const argsSchema = z.object({ ...lineScopeShape, resolutions: z.array(z.enum(RESOLUTIONS)).nonempty() }).strict()

/** Narrows what matching items can get back, e.g. gift sets exchange only, or store credit only in one region. */
export const allowedResolutionsRule: PolicyRule<AllowedResolutionsArgs> = {
  code: "allowed_resolutions",
  title: "Allowed resolutions",
  description: "For items in scope (categories, products, tags, regions), only these resolutions are offered.",
  argsSchema: argsSchema as z.ZodType<AllowedResolutionsArgs>,
  evaluate(args, { request }) {
    return request.lines.map((line) => {
      const inScope = scopeMatches(args, line, request.order)
      if (!inScope) return { lineId: line.lineId, outcome: "pass" as const, message: "not in scope", numbers: { inScope } }
      return { lineId: line.lineId, outcome: "pass" as const, message: `offered: ${args.resolutions.join(", ")}`, numbers: { inScope }, resolutions: [...args.resolutions] }
    })
  },
}
