import { z } from "@medusajs/framework/zod"
import { PASS, QualityRule } from "../rule-types"

type Args = { requireSku: boolean }

/**
 * Options and variants complete: at least one variant; every variant has a value for every option, from the
 * option's list; no two variants share the same combination; every listed option value is used by some variant;
 * SKUs present and unique (when required).
 */
export const variantsCompleteRule: QualityRule<Args> = {
  code: "variants_complete",
  label: "Options and variants complete",
  argsSchema: z.object({ requireSku: z.boolean() }).strict() as unknown as z.ZodType<Args>,
  defaults: { requireSku: true },
  weight: 3,
  evaluate(p, args) {
    const variants = p.variants ?? []
    if (!variants.length) return { score: 0, message: "no variants", fix: "add at least one variant with a price" }
    const options = p.options ?? []
    const problems: string[] = []
    const fixes: string[] = []
    let checks = 0
    let failed = 0
    const combos = new Set<string>()
    for (const v of variants) {
      for (const o of options) {
        checks++
        const value = v.options?.[o.title]
        if (value === undefined || value === null || value === "") {
          failed++
          problems.push(`variant ${v.title ?? v.id} has no ${o.title}`)
        } else if (!o.values.includes(value)) {
          failed++
          problems.push(`variant ${v.title ?? v.id} has ${o.title} "${value}", not one of the option's values`)
        }
      }
      const key = options.map((o) => v.options?.[o.title] ?? "").join("\u0000")
      if (options.length) {
        checks++
        if (combos.has(key)) (failed++, problems.push(`two variants share ${options.map((o) => v.options?.[o.title]).join(" / ")}`))
        combos.add(key)
      }
    }
    if (problems.length) fixes.push("give every variant one value of each option, and each combination once")
    for (const o of options) {
      for (const val of o.values) {
        checks++
        if (!variants.some((v) => v.options?.[o.title] === val)) (failed++, problems.push(`${o.title} "${val}" has no variant`))
      }
    }
    if (problems.length && !fixes.length) fixes.push("add the missing variants or remove unused option values")
    if (args.requireSku) {
      const skus = variants.map((v) => (v.sku ?? "").trim())
      checks += variants.length
      const missing = skus.filter((s) => !s).length
      const dup = skus.filter((s, i) => s && skus.indexOf(s) !== i).length
      if (missing) (failed += missing, problems.push(`${missing} variant${missing === 1 ? "" : "s"} without SKU`), fixes.push("give every variant a SKU"))
      if (dup) (failed += dup, problems.push(`${dup} duplicate SKU${dup === 1 ? "" : "s"}`), fixes.push("make SKUs unique"))
    }
    if (!failed) return PASS
    return { score: Math.max(0, 1 - failed / Math.max(1, checks)), message: problems.slice(0, 3).join("; ") + (problems.length > 3 ? `; +${problems.length - 3} more` : ""), fix: fixes.join("; ") }
  },
}
