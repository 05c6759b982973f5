import { QualityContext, QualityProduct } from "./rule-types"
import { ResolvedRule, RuleSetting, resolveRules } from "./registry"

/**
 * The catalogue quality score: each rule scores a product from 0 to 1, the product's score is the weighted mean
 * ×100 (one decimal), and the to-do list ranks every unmet rule of every product by the points it would add
 * (weight × shortfall), scaled by the product's importance (e.g. its revenue share; 1 when not given).
 */
export type RuleResult = { code: string; label: string; score: number; weight: number; message: string; fix: string }

export type ProductQuality = { productId: string; title: string; score: number; results: RuleResult[] }

export type TodoItem = { productId: string; title: string; code: string; label: string; message: string; fix: string; gain: number; priority: number }

export function scoreProduct(p: QualityProduct, rules: ResolvedRule[], ctx: QualityContext): ProductQuality {
  let sum = 0
  let wsum = 0
  const results: RuleResult[] = rules.map(({ rule, args, weight }) => {
    const o = rule.evaluate(p, args, ctx)
    const score = Math.min(1, Math.max(0, o.score))
    sum += weight * score
    wsum += weight
    return { code: rule.code, label: rule.label, score, weight, message: o.message, fix: o.fix }
  })
  return { productId: p.id, title: p.title ?? "", score: wsum > 0 ? Math.round((1000 * sum) / wsum) / 10 : 100, results }
}

export function scoreCatalog(products: QualityProduct[], ctx: QualityContext, settings?: RuleSetting[], importance?: (p: QualityProduct) => number): { products: ProductQuality[]; todo: TodoItem[]; averageScore: number } {
  const rules = resolveRules(settings)
  const wsum = rules.reduce((s, r) => s + r.weight, 0)
  const scored = products.map((p) => scoreProduct(p, rules, ctx))
  const todo: TodoItem[] = []
  scored.forEach((q, i) => {
    const imp = importance ? Math.max(0, importance(products[i])) : 1
    for (const r of q.results) {
      if (r.score >= 1) continue
      const gain = wsum > 0 ? Math.round((1000 * r.weight * (1 - r.score)) / wsum) / 10 : 0
      todo.push({ productId: q.productId, title: q.title, code: r.code, label: r.label, message: r.message, fix: r.fix, gain, priority: gain * imp })
    }
  })
  todo.sort((a, b) => b.priority - a.priority || b.gain - a.gain || a.productId.localeCompare(b.productId) || a.code.localeCompare(b.code))
  const averageScore = scored.length ? Math.round((10 * scored.reduce((s, q) => s + q.score, 0)) / scored.length) / 10 : 100
  return { products: scored, todo, averageScore }
}
