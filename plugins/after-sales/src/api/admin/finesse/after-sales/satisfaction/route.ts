import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { satisfactionTrend } from "../../../../../lib/satisfaction/satisfaction-trend"
import { csatScore, npsScore } from "../../../../../lib/satisfaction/survey-scores"
import { surveyResultsBy, type SurveyResponse } from "../../../../../lib/satisfaction/survey-results"
import { service } from "../../../../../engine/case-change"
import { namesFor } from "../../../../../reads/names"

/**
 * GET /admin/finesse/after-sales/satisfaction?by=agent|reason|product|category&from&to&unit: CSAT and NPS overall
 * and per group (Wilson intervals; groups under 10 answers flagged), the trend per period, the answer distribution,
 * response rate and low-score follow-ups.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = (req as any).validatedQuery as { by: "agent" | "reason" | "product" | "category"; from?: Date; to?: Date; unit: "day" | "week" | "month" }
  const db = service(req.scope).db()
  const to = q.to ?? new Date()
  const from = q.from ?? new Date(to.getTime() - 180 * 86_400_000)
  const [rows, sent] = await Promise.all([
    db("finesse_after_sales_survey_response").select("case_id", "scale", "score", "answered_at", "agent_id", "reason", "product_ids", "category_ids", "follow_up").whereNull("deleted_at").where("answered_at", ">=", from).where("answered_at", "<", to),
    db("finesse_after_sales_survey").whereNull("deleted_at").whereIn("status", ["sent", "answered"]).where("sent_at", ">=", from).where("sent_at", "<", to).count({ n: "*" }),
  ])
  const responses: SurveyResponse[] = rows.map((r: any) => ({
    caseId: r.case_id,
    scale: r.scale,
    score: r.score,
    at: new Date(r.answered_at).getTime(),
    agentId: r.agent_id,
    reason: r.reason,
    productIds: r.product_ids ?? [],
    categoryIds: r.category_ids ?? [],
  }))
  const grouped = surveyResultsBy(responses, q.by)
  const names = await namesFor(req.scope, {
    products: q.by === "product" ? grouped.groups.map((g) => g.key) : [],
    categories: q.by === "category" ? grouped.groups.map((g) => g.key) : [],
    users: q.by === "agent" ? grouped.groups.map((g) => g.key) : [],
  })
  const label = (k: string) => (q.by === "product" ? names.products[k] : q.by === "category" ? names.categories[k] : q.by === "agent" ? names.users[k] : undefined) ?? k.replace(/_/g, " ")
  const csatScores = responses.filter((r) => r.scale === "csat").map((r) => r.score)
  const npsScores = responses.filter((r) => r.scale === "nps").map((r) => r.score)
  res.json({
    satisfaction: {
      from: from.toISOString(),
      to: to.toISOString(),
      by: q.by,
      overall: grouped.overall,
      csat: csatScores.length ? csatScore(csatScores) : null,
      nps: npsScores.length ? npsScore(npsScores) : null,
      distribution: [1, 2, 3, 4, 5].map((s) => ({ score: s, count: csatScores.filter((x) => x === s).length })),
      groups: grouped.groups.map((g) => ({ ...g, label: label(g.key) })),
      trend: satisfactionTrend(responses, q.unit).map((p) => ({ ...p, start: new Date(p.start).toISOString() })),
      surveys_sent: Number(sent[0].n),
      responses: responses.length,
      response_rate: Number(sent[0].n) ? responses.length / Number(sent[0].n) : null,
      follow_ups: { reopened: rows.filter((r: any) => r.follow_up === "reopen").length, follow_up_cases: rows.filter((r: any) => r.follow_up === "follow_up_case").length },
    },
  })
}
