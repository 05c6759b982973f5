import { createWriteStream } from "node:fs"
import type { MatchedCard } from "../lib/cluster/match-cards"
import type { PersonaRun } from "../lib/recompute/recompute-personas"

export const CSV_COLUMNS = [
  "customer_id",
  "recency_days",
  "frequency",
  "monetary",
  "avg_order_value",
  "tenure_days",
  "r",
  "f",
  "m",
  "rfm_segment",
  "spend_level",
  "p_buy_30d",
  "p_buy_90d",
  "expected_value_12m",
  "churn_risk",
  "cluster",
  "persona",
  "persona_id",
  "tags",
] as const

/** Minor units as a major-unit decimal string with 2 decimals, exact (no float formatting of money). */
export function major(minor: number): string {
  const m = Math.round(minor)
  const sign = m < 0 ? "-" : ""
  const abs = Math.abs(m)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`
}

function csvField(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}

/** Writes one row per buying customer; resolves when the file is flushed. */
export function writePersonaCsv(file: string, run: PersonaRun): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(file)
    out.on("error", reject)
    out.write(CSV_COLUMNS.join(",") + "\n")
    let chunk: string[] = []
    for (const c of run.customers) {
      const p = c.profile
      const pr = c.prediction
      chunk.push(
        [
          csvField(c.customerId),
          (p.recencyDays as number).toFixed(2),
          String(p.orderCount),
          major(p.monetaryMinor),
          major(p.avgOrderValueMinor),
          (p.tenureDays as number).toFixed(2),
          String(c.rfm.r),
          String(c.rfm.f),
          String(c.rfm.m),
          csvField(c.rfm.segment),
          c.spendLevel,
          pr.pBuy30d.toFixed(6),
          pr.pBuy90d.toFixed(6),
          major(pr.expectedValue12mMinor),
          pr.churnRisk,
          String(c.cluster),
          csvField(c.personaName),
          c.personaId,
          csvField(c.tags.join(" ")),
        ].join(","),
      )
      if (chunk.length >= 5000) {
        out.write(chunk.join("\n") + "\n")
        chunk = []
      }
    }
    if (chunk.length) out.write(chunk.join("\n") + "\n")
    out.end(() => resolve())
  })
}

/** The persona cards as readable text, largest first. */
export function formatCards(cards: readonly MatchedCard[]): string {
  const lines: string[] = []
  for (const c of [...cards].sort((a, b) => b.size - a.size || a.cluster - b.cluster)) {
    const f = c.figures
    lines.push(`${c.name}  [${c.id}, cluster ${c.cluster}]  ${c.size} customers (${(c.share * 100).toFixed(1)} %)`)
    lines.push(`  ${c.description}`)
    lines.push(
      `  recency ${f.meanRecencyDays.toFixed(0)} d · orders ${f.meanOrders.toFixed(1)} · spend ${major(f.meanMonetaryMinor)}` +
        ` · avg order ${major(f.meanAovMinor)} · tenure ${f.meanTenureDays.toFixed(0)} d · gap ${f.meanGapDays.toFixed(0)} d` +
        ` · items/order ${f.meanItemsPerOrder.toFixed(0)} · discounted ${(f.shareDiscounted * 100).toFixed(0)} %`,
    )
    lines.push(`  stands out: ${c.standout.map((s) => `${s.feature} ${s.z >= 0 ? "+" : ""}${s.z.toFixed(2)} sd`).join(", ")}`)
    lines.push("")
  }
  return lines.join("\n")
}
