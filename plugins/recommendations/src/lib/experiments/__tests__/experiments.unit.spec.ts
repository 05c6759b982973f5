import { assignVariant, bucketOf, fnv1a32 } from "../bucketing"
import { normalCdf, normalQuantile } from "../normal"
import { compareProportions, wilsonInterval } from "../two-proportions"

describe("bucketing", () => {
  it("implements 32-bit FNV-1a (published test vectors)", () => {
    expect(fnv1a32("")).toBe(0x811c9dc5)
    expect(fnv1a32("a")).toBe(0xe40c292c)
    expect(fnv1a32("foobar")).toBe(0xbf9cf968)
  })

  it("is deterministic, in [0, 1), and splits 50/50 within 2 % over 10,000 ids", () => {
    expect(bucketOf("exp", "cus_1")).toBe(bucketOf("exp", "cus_1"))
    let b = 0
    for (let i = 0; i < 10_000; i++) {
      const x = bucketOf("recs-ease-vs-knn", `cus_${i}`)
      expect(x >= 0 && x < 1).toBe(true)
      if (assignVariant("recs-ease-vs-knn", `cus_${i}`, [{ name: "A", weight: 1 }, { name: "B", weight: 1 }]) === "B") b++
    }
    expect(Math.abs(b - 5000)).toBeLessThan(200)
  })

  it("respects weights and splits experiments independently", () => {
    let treated = 0
    let agree = 0
    for (let i = 0; i < 10_000; i++) {
      const v1 = assignVariant("e1", `u${i}`, [{ name: "control", weight: 90 }, { name: "treatment", weight: 10 }])
      if (v1 === "treatment") treated++
      const a = assignVariant("e1", `u${i}`, [{ name: "A", weight: 1 }, { name: "B", weight: 1 }])
      const b = assignVariant("e2", `u${i}`, [{ name: "A", weight: 1 }, { name: "B", weight: 1 }])
      if (a === b) agree++
    }
    expect(Math.abs(treated - 1000)).toBeLessThan(120)
    expect(Math.abs(agree - 5000)).toBeLessThan(200)
    expect(() => assignVariant("e", "u", [{ name: "A", weight: 0 }])).toThrow()
  })
})

describe("normal distribution", () => {
  it("matches tabulated values", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7)
    expect(normalCdf(1)).toBeCloseTo(0.8413447461, 6)
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 7)
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306, 7)
  })
})

describe("compareProportions", () => {
  it("reproduces Newcombe (1998) example (a): 56/70 vs 48/80 → 0.2, 95 % CI 0.0524 … 0.3339", () => {
    const r = compareProportions({ successes: 48, trials: 80 }, { successes: 56, trials: 70 }, { minTrials: 50 })
    expect(r.difference).toBeCloseTo(0.2, 12)
    expect(r.interval[0]).toBeCloseTo(0.0524, 4)
    expect(r.interval[1]).toBeCloseTo(0.3339, 4)
    expect(r.pValue).toBeCloseTo(0.008045, 5) // pooled z-test, checked with scipy
    expect(r.verdict).toBe("B better")
  })

  it("gives each verdict", () => {
    expect(compareProportions({ successes: 100, trials: 1000 }, { successes: 150, trials: 1000 }).verdict).toBe("B better")
    const worse = compareProportions({ successes: 150, trials: 1000 }, { successes: 100, trials: 1000 })
    expect(worse.verdict).toBe("A better")
    expect(worse.interval[0]).toBeCloseTo(-0.079032, 5)
    expect(worse.interval[1]).toBeCloseTo(-0.021046, 5)
    expect(compareProportions({ successes: 10, trials: 200 }, { successes: 12, trials: 200 }).verdict).toBe("no significant difference")
    expect(compareProportions({ successes: 1, trials: 20 }, { successes: 9, trials: 20 }).verdict).toBe("not enough data")
    expect(compareProportions({ successes: 0, trials: 5000 }, { successes: 2, trials: 5000 }).verdict).toBe("not enough data")
  })

  it("Wilson interval stays inside [0, 1] at 0 successes; invalid arms throw", () => {
    const [lo, hi] = wilsonInterval(0, 10, 1.96)
    expect(lo).toBe(0)
    expect(hi).toBeCloseTo(0.2775, 4)
    expect(() => compareProportions({ successes: 5, trials: 4 }, { successes: 1, trials: 4 })).toThrow(RangeError)
  })
})
