import { sampleRatioMismatch } from "../../stats/srm"
import { assignArm, assignHoldout, designedShares, splitAudience } from "../assignment"

const ids = (n: number, prefix = "cus_") => Array.from({ length: n }, (_, i) => `${prefix}${i}`)

describe("holdout assignment", () => {
  it("is deterministic and keeps each customer's arm when the audience grows", () => {
    const design = { key: "promo-xmas-2024", holdoutShare: 0.1 }
    const small = splitAudience(ids(1000), design)
    const large = splitAudience(ids(5000), design)
    const holdSmall = new Set(small.arms.holdout)
    for (const id of ids(1000)) expect(large.arms.holdout.includes(id)).toBe(holdSmall.has(id))
    expect(assignHoldout(design, "cus_7")).toBe(assignHoldout({ ...design }, "cus_7"))
  })

  it("hits the designed share and passes the SRM check", () => {
    const design = { key: "p1", holdoutShare: 0.2 }
    const r = splitAudience(ids(40_000), design)
    expect(r.counts.holdout / 40_000).toBeCloseTo(0.2, 2)
    const shares = designedShares(design)
    expect(sampleRatioMismatch([r.counts.holdout, r.counts.treatment], [shares.holdout, shares.treatment]).mismatch).toBe(false)
  })

  it("raising the holdout share only moves treated customers into the holdout", () => {
    const a = splitAudience(ids(5000), { key: "k", holdoutShare: 0.1 })
    const b = splitAudience(ids(5000), { key: "k", holdoutShare: 0.25 })
    const inB = new Set(b.arms.holdout)
    for (const id of a.arms.holdout) expect(inB.has(id)).toBe(true)
    expect(b.counts.holdout).toBeGreaterThan(a.counts.holdout)
  })

  it("different keys give independent splits", () => {
    const a = new Set(splitAudience(ids(20_000), { key: "a", holdoutShare: 0.5 }).arms.holdout)
    const b = splitAudience(ids(20_000), { key: "b", holdoutShare: 0.5 }).arms.holdout
    const both = b.filter((id) => a.has(id)).length
    expect(both / 20_000).toBeCloseTo(0.25, 1.5)
  })
})

describe("A/B arms", () => {
  it("splits by weight, independently of the holdout draw", () => {
    const design = { key: "ab-1", holdoutShare: 0.1, arms: [{ code: "ten_off", weight: 1 }, { code: "free_ship", weight: 3 }] }
    const r = splitAudience(ids(40_000), design)
    const treated = r.counts.ten_off + r.counts.free_ship
    expect(r.counts.ten_off / treated).toBeCloseTo(0.25, 2)
    const shares = designedShares(design)
    expect(shares.free_ship).toBeCloseTo(0.675, 12)
    const srm = sampleRatioMismatch(
      [r.counts.holdout, r.counts.ten_off, r.counts.free_ship],
      [shares.holdout, shares.ten_off, shares.free_ship]
    )
    expect(srm.mismatch).toBe(false)
    expect(assignArm("ab-1", "cus_3", design.arms)).toBe(assignArm("ab-1", "cus_3", design.arms))
  })

  it("refuses bad arm lists", () => {
    expect(() => assignArm("k", "c", [{ code: "a", weight: 1 }])).toThrow(RangeError)
    expect(() => assignArm("k", "c", [{ code: "a", weight: 1 }, { code: "a", weight: 1 }])).toThrow(RangeError)
    expect(() => splitAudience(["c"], { key: "k", holdoutShare: 0, arms: [{ code: "holdout", weight: 1 }, { code: "b", weight: 1 }] })).toThrow(RangeError)
    expect(() => assignHoldout({ key: "k", holdoutShare: 1 }, "c")).toThrow(RangeError)
  })
})
