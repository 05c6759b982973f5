import { countFunnelSessions, funnelFromCounts, type FunnelStep } from "../funnel"

describe("funnelFromCounts", () => {
  it("computes step and overall rates", () => {
    const rows = funnelFromCounts({ viewed: 1000, added_to_cart: 200, checkout_started: 80, ordered: 60 })
    expect(rows).toEqual([
      { step: "viewed", count: 1000, rate: null, overall: 1 },
      { step: "added_to_cart", count: 200, rate: 0.2, overall: 0.2 },
      { step: "checkout_started", count: 80, rate: 0.4, overall: 0.08 },
      { step: "ordered", count: 60, rate: 0.75, overall: 0.06 },
    ])
  })

  it("gives null rates instead of dividing by zero", () => {
    const rows = funnelFromCounts({ viewed: 0, added_to_cart: 0, checkout_started: 0, ordered: 0 })
    expect(rows.map((r) => [r.rate, r.overall])).toEqual([
      [null, null],
      [null, null],
      [null, null],
      [null, null],
    ])
  })
})

describe("countFunnelSessions", () => {
  const obs = (session: string, ...steps: FunnelStep[]) => steps.map((step) => ({ session, step }))
  const observations = [
    ...obs("s1", "viewed", "viewed", "added_to_cart", "checkout_started", "ordered"),
    ...obs("s2", "viewed", "added_to_cart"),
    ...obs("s3", "viewed"),
    // restored cart: checkout without a view in this session
    ...obs("s4", "checkout_started", "ordered"),
    ...obs("s5", "viewed", "added_to_cart", "added_to_cart", "checkout_started"),
  ]

  it("counts distinct sessions that reached every step so far (strict)", () => {
    expect(countFunnelSessions(observations)).toEqual({
      viewed: 4,
      added_to_cart: 3,
      checkout_started: 2,
      ordered: 1,
    })
  })

  it("counts every session per step when not strict", () => {
    expect(countFunnelSessions(observations, { strict: false })).toEqual({
      viewed: 4,
      added_to_cart: 3,
      checkout_started: 3,
      ordered: 2,
    })
  })
})
