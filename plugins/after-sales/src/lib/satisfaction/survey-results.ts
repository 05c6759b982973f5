import { csatScore, CsatResult, npsScore, NpsResult } from "./survey-scores"

export type SurveyResponse = {
  caseId: string
  scale: "csat" | "nps"
  score: number
  at: number
  agentId?: string | null
  /** The case's reason code (e.g. "wrong_size", "late_delivery"). */
  reason?: string | null
  productIds?: string[]
  categoryIds?: string[]
}

export const SURVEY_GROUPINGS = ["agent", "reason", "product", "category"] as const
export type SurveyGrouping = (typeof SURVEY_GROUPINGS)[number]

export type SurveyGroupRow = {
  key: string
  n: number
  csat: CsatResult | null
  nps: NpsResult | null
  /** Fewer answers than minResponses: show, but do not rank. */
  lowVolume: boolean
}

function keysOf(r: SurveyResponse, by: SurveyGrouping): string[] {
  switch (by) {
    case "agent":
      return [r.agentId ?? "(unassigned)"]
    case "reason":
      return [r.reason ?? "(no reason)"]
    case "product":
      return r.productIds?.length ? [...new Set(r.productIds)] : ["(no product)"]
    case "category":
      return r.categoryIds?.length ? [...new Set(r.categoryIds)] : ["(no category)"]
  }
}

/**
 * Survey results per agent, reason, product or category, with the overall line first. A case about several
 * products counts once for each of them. Rows are ordered by answers (most first), then key.
 */
export function surveyResultsBy(
  responses: readonly SurveyResponse[],
  by: SurveyGrouping,
  options: { minResponses?: number; confidence?: number; from?: number; to?: number } = {}
): { overall: SurveyGroupRow; groups: SurveyGroupRow[] } {
  const minResponses = options.minResponses ?? 10
  const inRange = responses.filter((r) => (options.from === undefined || r.at >= options.from) && (options.to === undefined || r.at < options.to))
  const row = (key: string, rs: readonly SurveyResponse[]): SurveyGroupRow => {
    const c = rs.filter((r) => r.scale === "csat").map((r) => r.score)
    const p = rs.filter((r) => r.scale === "nps").map((r) => r.score)
    return {
      key,
      n: rs.length,
      csat: c.length ? csatScore(c, { confidence: options.confidence }) : null,
      nps: p.length ? npsScore(p, { confidence: options.confidence }) : null,
      lowVolume: rs.length < minResponses,
    }
  }
  const groups = new Map<string, SurveyResponse[]>()
  for (const r of inRange) {
    for (const k of keysOf(r, by)) {
      let g = groups.get(k)
      if (!g) groups.set(k, (g = []))
      g.push(r)
    }
  }
  const rows = [...groups.entries()].map(([k, rs]) => row(k, rs)).sort((a, b) => b.n - a.n || a.key.localeCompare(b.key))
  return { overall: row("(all)", inRange), groups: rows }
}

export type FollowUpRule = {
  /** A CSAT answer at or below this is low (default 2). */
  csatAtMost: number
  /** An NPS answer at or below this is low (default 6, a detractor). */
  npsAtMost: number
  /** A resolved case answered this recently is reopened; later, or once closed, a follow-up case is opened (default 14). */
  reopenWithinDays: number
}

export const DEFAULT_FOLLOW_UP_RULE: FollowUpRule = { csatAtMost: 2, npsAtMost: 6, reopenWithinDays: 14 }

export type FollowUpDecision = { action: "none" | "reopen" | "follow_up_case"; reason: string }

/**
 * What a low score leads to: nothing for a good score; reopening the case when it is still resolved and recent
 * (the same agent picks it up); otherwise a follow-up case linked to it.
 */
export function decideFollowUp(
  response: Pick<SurveyResponse, "scale" | "score">,
  caseState: { status: string; resolvedAt: number | null },
  now: number,
  rule: FollowUpRule = DEFAULT_FOLLOW_UP_RULE
): FollowUpDecision {
  const limit = response.scale === "csat" ? rule.csatAtMost : rule.npsAtMost
  if (response.score > limit) return { action: "none", reason: `score ${response.score} is above ${limit}` }
  const recent = caseState.resolvedAt !== null && now - caseState.resolvedAt <= rule.reopenWithinDays * 86_400_000
  if (caseState.status === "resolved" && recent) {
    return { action: "reopen", reason: `low ${response.scale} score ${response.score} within ${rule.reopenWithinDays} days of resolution` }
  }
  return { action: "follow_up_case", reason: `low ${response.scale} score ${response.score}; the case is ${caseState.status === "resolved" ? "too old to reopen" : caseState.status}` }
}
