import { createWriteStream } from "node:fs"
import { forEachRetailLine, isStandardPurchase, type ReadStats } from "@finesse/core/lib/retail/read-retail"
import { createWeeklyAccumulator, type WeeklyPriceBasis } from "../lib/elasticity/weekly-observations"
import { estimateProductElasticity, type ElasticityEstimate, type ElasticityOptions } from "../lib/elasticity/estimate-elasticity"
import { quantileSorted } from "../lib/math/stats"

export const ELASTICITY_COLUMNS = ["stock_code", "elasticity", "ci_low", "ci_high", "observations", "evidence"] as const

/** Reads an Online Retail file into product × week observations (standard cleaning) and estimates each product. */
export async function retailElasticities(
  file: string,
  options: Partial<ElasticityOptions>,
  price: WeeklyPriceBasis = "weighted"
): Promise<{ stats: ReadStats; purchases: number; estimates: ElasticityEstimate[] }> {
  const acc = createWeeklyAccumulator({ price })
  let purchases = 0
  const stats = await forEachRetailLine(file, (line) => {
    if (!isStandardPurchase(line)) return
    purchases++
    acc.add({ productId: line.stockCode, quantity: line.quantity, unitPrice: line.unitPriceMinor, placedAt: line.time })
  })
  const estimates = acc.series().map((s) => estimateProductElasticity(s, options))
  return { stats, purchases, estimates }
}

const num = (x: number) => (Number.isFinite(x) ? x.toFixed(4) : "")
const csvField = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)

export function elasticityCsvRow(e: ElasticityEstimate): string {
  return [csvField(e.productId), num(e.elasticity), num(e.ciLow), num(e.ciHigh), String(e.observations), e.evidence].join(",")
}

export async function writeElasticityCsv(estimates: readonly ElasticityEstimate[], out: string | null): Promise<void> {
  const lines = [ELASTICITY_COLUMNS.join(","), ...estimates.map(elasticityCsvRow)].join("\n") + "\n"
  if (!out) {
    process.stdout.write(lines)
    return
  }
  await new Promise<void>((resolve, reject) => {
    const s = createWriteStream(out)
    s.on("error", reject)
    s.end(lines, () => resolve())
  })
}

/** The distribution lines printed after a run. */
export function summariseEstimates(estimates: readonly ElasticityEstimate[]): string[] {
  const count = { good: 0, weak: 0, insufficient: 0 }
  for (const e of estimates) count[e.evidence]++
  const good = Float64Array.from(estimates.filter((e) => e.evidence === "good").map((e) => e.elasticity)).sort()
  const estimated = estimates.filter((e) => Number.isFinite(e.elasticity))
  const q = (p: number) => quantileSorted(good, p).toFixed(2)
  const lines = [
    `products: ${estimates.length}; evidence good ${count.good}, weak ${count.weak}, insufficient ${count.insufficient}; estimated ${estimated.length}`,
  ]
  if (good.length) {
    lines.push(
      `elasticity of products with good evidence: median ${q(0.5)}, p10 ${q(0.1)}, p25 ${q(0.25)}, p75 ${q(0.75)}, p90 ${q(0.9)}, min ${good[0].toFixed(2)}, max ${good[good.length - 1].toFixed(2)}`
    )
  }
  if (estimated.length) {
    const all = Float64Array.from(estimated.map((e) => e.elasticity)).sort()
    const neg = estimated.filter((e) => e.elasticity < 0).length
    lines.push(`all estimates: median ${quantileSorted(all, 0.5).toFixed(2)}, negative ${((neg / estimated.length) * 100).toFixed(1)} %`)
  }
  return lines
}
