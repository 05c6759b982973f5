import { QualityRule } from "./rule-types"
import { costPresentRule } from "./rules/cost-present"
import { descriptionLengthRule } from "./rules/description-length"
import { imagesRule } from "./rules/images"
import { pricesAllRegionsRule } from "./rules/prices-all-regions"
import { searchFindabilityRule } from "./rules/search-findability"
import { shippingDimensionsRule } from "./rules/shipping-dimensions"
import { staleContentRule } from "./rules/stale-content"
import { titleLengthRule } from "./rules/title-length"
import { variantsCompleteRule } from "./rules/variants-complete"

/** Every catalogue quality rule by its stable code. */
export const QUALITY_RULES: Record<string, QualityRule<any>> = Object.fromEntries(
  [titleLengthRule, descriptionLengthRule, imagesRule, variantsCompleteRule, pricesAllRegionsRule, costPresentRule, shippingDimensionsRule, staleContentRule, searchFindabilityRule].map((r) => [r.code, r])
)

/** A rule as a store configures it: on/off, its arguments and its weight. */
export type RuleSetting = { code: string; enabled?: boolean; args?: Record<string, unknown>; weight?: number }

export type ResolvedRule = { rule: QualityRule<any>; args: Record<string, unknown>; weight: number }

/** Validates settings against the registry (unknown code or bad arguments: RangeError); unset rules use defaults. */
export function resolveRules(settings: RuleSetting[] = []): ResolvedRule[] {
  for (const s of settings) if (!QUALITY_RULES[s.code]) throw new RangeError(`unknown quality rule "${s.code}"; known: ${Object.keys(QUALITY_RULES).join(", ")}`)
  const out: ResolvedRule[] = []
  for (const rule of Object.values(QUALITY_RULES)) {
    const s = settings.find((x) => x.code === rule.code)
    if (s?.enabled === false) continue
    const parsed = rule.argsSchema.safeParse({ ...rule.defaults, ...(s?.args ?? {}) })
    if (!parsed.success) throw new RangeError(`bad arguments for ${rule.code}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`)
    const weight = s?.weight ?? rule.weight
    if (!(weight >= 0)) throw new RangeError(`weight of ${rule.code} must be ≥ 0`)
    out.push({ rule, args: parsed.data as Record<string, unknown>, weight })
  }
  return out
}
