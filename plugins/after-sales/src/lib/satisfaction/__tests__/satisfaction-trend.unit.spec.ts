import { satisfactionTrend } from "../satisfaction-trend"

const t = (iso: string) => Date.parse(iso)

describe("satisfaction over time", () => {
  it("gives CSAT per ISO week with the empty week between filled in", () => {
    const rs = [
      { caseId: "a", scale: "csat" as const, score: 5, at: t("2024-03-04T10:00:00Z") },
      { caseId: "b", scale: "csat" as const, score: 2, at: t("2024-03-06T10:00:00Z") },
      { caseId: "c", scale: "csat" as const, score: 4, at: t("2024-03-20T10:00:00Z") },
      { caseId: "d", scale: "nps" as const, score: 10, at: t("2024-03-21T10:00:00Z") },
    ]
    const trend = satisfactionTrend(rs, "week")
    expect(trend.map((p) => [p.key, p.n, p.csat, p.nps])).toEqual([
      ["2024-W10", 2, 50, null],
      ["2024-W11", 0, null, null],
      ["2024-W12", 2, 100, 100],
    ])
    expect(satisfactionTrend([], "week")).toEqual([])
  })
})
