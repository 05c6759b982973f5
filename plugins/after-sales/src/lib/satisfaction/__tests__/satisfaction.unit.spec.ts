import { normalCdf, normalQuantile, twoSidedP, zForConfidence } from "../../math/normal"
import { benjaminiHochberg, twoProportionZTest, wilsonInterval } from "../../math/proportions"
import { decideFollowUp, surveyResultsBy, SurveyResponse } from "../survey-results"
import { csatScore, npsScore } from "../survey-scores"

describe("normal distribution and proportions", () => {
  it("matches table values", () => {
    expect(zForConfidence(0.95)).toBeCloseTo(1.959964, 6)
    expect(zForConfidence(0.9)).toBeCloseTo(1.644854, 6)
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 6)
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 7)
    expect(normalCdf(-1)).toBeCloseTo(0.1586553, 7)
    // tail: P(|Z| > 5) = 5.733e-7, relative precision kept
    expect(twoSidedP(5) / 5.733031e-7).toBeCloseTo(1, 5)
  })

  it("Wilson intervals match Newcombe (1998)", () => {
    // Newcombe 1998 (Stat Med 17:857), Table I, method 3: 81/263 → 0.2553–0.3662; 15/148 → 0.0624–0.1605; 0/20 → 0–0.1611
    const a = wilsonInterval(81, 263)
    expect([a.low, a.high].map((x) => +x.toFixed(4))).toEqual([0.2553, 0.3662])
    const b = wilsonInterval(15, 148)
    expect([b.low, b.high].map((x) => +x.toFixed(4))).toEqual([0.0624, 0.1605])
    const c = wilsonInterval(0, 20)
    expect([c.low, +c.high.toFixed(4)]).toEqual([0, 0.1611])
  })

  it("two-proportion z-test and Benjamini-Hochberg", () => {
    // 30/1000 vs 60/1000: pooled 0.045, se = sqrt(0.045·0.955·0.002) = 0.0092709, z = 0.03/0.0092709 = 3.23593
    const t = twoProportionZTest(30, 1000, 60, 1000)
    expect(t.z).toBeCloseTo(3.23593, 4)
    expect(t.pValue).toBeCloseTo(0.0012124, 5)
    expect(twoProportionZTest(0, 10, 0, 10).pValue).toBe(1)
    // BH on 0.01, 0.04, 0.03, 0.2 (m = 4): sorted 0.01·4/1 = 0.04, 0.03·4/2 = 0.06, 0.04·4/3 = 0.0533, 0.2 → monotone 0.04, 0.0533, 0.0533, 0.2
    expect(Array.from(benjaminiHochberg([0.01, 0.04, 0.03, 0.2])).map((x) => +x.toFixed(4))).toEqual([0.04, 0.0533, 0.0533, 0.2])
  })
})

describe("CSAT and NPS", () => {
  it("CSAT is the share of 4 and 5 answers with a Wilson interval", () => {
    // 34 satisfied of 40: 85 %; Wilson 95 %: 70.93 % .. 92.94 %
    const scores = [...Array(20).fill(5), ...Array(14).fill(4), ...Array(3).fill(3), 2, 1, 1]
    const r = csatScore(scores)
    expect(r).toMatchObject({ n: 40, satisfied: 34, csat: 85 })
    expect(r.interval.low).toBeCloseTo(70.93, 1)
    expect(r.interval.high).toBeCloseTo(92.94, 1)
    expect(r.mean).toBeCloseTo((100 + 56 + 9 + 2 + 1 + 1) / 40, 12)
    expect(() => csatScore([6])).toThrow(RangeError)
  })

  it("NPS is promoters minus detractors, with Wald and adjusted-Wald intervals", () => {
    // 5 promoters, 3 passives, 2 detractors: NPS 30
    // Wald: pP .5, pD .2, Var = (.7 − .09)/10 = .061, se .246982, ± 1.959964·se = ±48.41 → −18.41 .. 78.41
    // adjusted: (5.75, 2.75) of 13: centre 23.077, Var = (.653846 − .053254)/13 = .046199, se .214939 → −19.05 .. 65.20
    const s = [10, 9, 9, 10, 9, 8, 7, 7, 3, 6]
    const w = npsScore(s, { method: "wald" })
    expect(w).toMatchObject({ n: 10, promoters: 5, passives: 3, detractors: 2, nps: 30 })
    expect(w.interval.low).toBeCloseTo(-18.41, 1)
    expect(w.interval.high).toBeCloseTo(78.41, 1)
    const a = npsScore(s)
    expect(a.nps).toBe(30)
    expect(a.interval.low).toBeCloseTo(-19.05, 1)
    expect(a.interval.high).toBeCloseTo(65.2, 1)
    // all promoters: Wald collapses to a point, the adjusted interval does not
    expect(npsScore([10, 10, 9, 9, 10], { method: "wald" }).interval).toEqual({ low: 100, high: 100 })
    expect(npsScore([10, 10, 9, 9, 10]).interval.low).toBeLessThan(60)
  })
})

describe("results by group and follow-ups", () => {
  const r = (caseId: string, score: number, agentId: string, productIds: string[], scale: "csat" | "nps" = "csat"): SurveyResponse => ({ caseId, scale, score, at: 0, agentId, productIds, reason: "late_delivery" })
  const responses = [r("1", 5, "ann", ["p1"]), r("2", 4, "ann", ["p1", "p2"]), r("3", 1, "bob", ["p2"]), r("4", 2, "bob", ["p2"]), r("5", 9, "bob", ["p2"], "nps")]

  it("groups by agent and product, a case counting once per product", () => {
    const byAgent = surveyResultsBy(responses, "agent", { minResponses: 3 })
    expect(byAgent.overall).toMatchObject({ key: "(all)", n: 5, csat: { n: 4, satisfied: 2, csat: 50 }, nps: { n: 1, nps: 100 } })
    expect(byAgent.groups.map((g) => [g.key, g.n, g.csat?.csat, g.lowVolume])).toEqual([
      ["bob", 3, 0, false],
      ["ann", 2, 100, true],
    ])
    const byProduct = surveyResultsBy(responses, "product")
    expect(byProduct.groups.map((g) => [g.key, g.n])).toEqual([["p2", 4], ["p1", 2]])
    expect(surveyResultsBy(responses, "reason").groups[0].key).toBe("late_delivery")
  })

  it("reopens a recent resolved case on a low score, else opens a follow-up", () => {
    const day = 86_400_000
    expect(decideFollowUp({ scale: "csat", score: 4 }, { status: "resolved", resolvedAt: 0 }, day)).toMatchObject({ action: "none" })
    expect(decideFollowUp({ scale: "csat", score: 2 }, { status: "resolved", resolvedAt: 0 }, day)).toMatchObject({ action: "reopen" })
    expect(decideFollowUp({ scale: "nps", score: 6 }, { status: "resolved", resolvedAt: 0 }, 20 * day)).toMatchObject({ action: "follow_up_case" })
    expect(decideFollowUp({ scale: "nps", score: 3 }, { status: "closed", resolvedAt: 0 }, day)).toEqual({ action: "follow_up_case", reason: "low nps score 3; the case is closed" })
    expect(decideFollowUp({ scale: "nps", score: 7 }, { status: "closed", resolvedAt: 0 }, day).action).toBe("none")
  })
})
