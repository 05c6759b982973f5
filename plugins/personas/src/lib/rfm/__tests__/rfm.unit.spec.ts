import { fitRfm, scoreRfm } from "../rfm-score"
import { fmScore, RFM_SEGMENTS, rfmSegment } from "../rfm-segment"

describe("RFM scores", () => {
  // ten customers; frequency has heavy ties (five one-time buyers)
  const recency = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
  const frequency = [1, 1, 1, 1, 1, 2, 2, 3, 5, 8]
  const monetary = [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]
  const model = fitRfm(recency, frequency, monetary)

  it("fits type-7 quintile breakpoints", () => {
    // recency 1..10: 0.2 → 2.8, 0.4 → 4.6, 0.6 → 6.4, 0.8 → 8.2
    expect(model.recencyBreaks.map((v) => +v.toFixed(9))).toEqual([2.8, 4.6, 6.4, 8.2])
    // frequency sorted 1,1,1,1,1,2,2,3,5,8: 0.2 → 1, 0.4 → 1, 0.6 → 2, 0.8 → 3.4
    expect(model.frequencyBreaks.map((v) => +v.toFixed(9))).toEqual([1, 1, 2, 3.4])
  })

  it("scores recent = 5 and high F/M = 5", () => {
    expect(scoreRfm(1, 8, 1000, model)).toEqual({ r: 5, f: 5, m: 5 })
    expect(scoreRfm(10, 1, 100, model)).toEqual({ r: 1, f: 1, m: 1 })
    expect(scoreRfm(5, 2, 550, model)).toEqual({ r: 3, f: 3, m: 3 })
  })

  it("gives tied values the same score (a value on a breakpoint takes the lower bin)", () => {
    // every one-time buyer gets F = 1 whatever their position in the input
    for (let i = 0; i < 5; i++) expect(scoreRfm(recency[i], frequency[i], monetary[i], model).f).toBe(1)
    expect(scoreRfm(1, 2, 1, model).f).toBe(3) // 2 is above 1 and 1, equal to 2
    expect(scoreRfm(2.8, 1, 1, model).r).toBe(5) // on the first recency breakpoint → the more recent bin
    expect(scoreRfm(2.81, 1, 1, model).r).toBe(4)
  })
})

describe("RFM segments", () => {
  it("rounds FM half up", () => {
    expect(fmScore(1, 2)).toBe(2)
    expect(fmScore(4, 5)).toBe(5)
    expect(fmScore(3, 3)).toBe(3)
  })

  it("maps the grid corners and a few cells", () => {
    expect(rfmSegment({ r: 5, f: 5, m: 5 })).toBe("Champions")
    expect(rfmSegment({ r: 1, f: 1, m: 1 })).toBe("Lost")
    expect(rfmSegment({ r: 5, f: 1, m: 1 })).toBe("New")
    expect(rfmSegment({ r: 1, f: 5, m: 5 })).toBe("Can't lose them")
    expect(rfmSegment({ r: 4, f: 1, m: 1 })).toBe("Promising")
    expect(rfmSegment({ r: 3, f: 3, m: 3 })).toBe("Need attention")
    expect(rfmSegment({ r: 3, f: 1, m: 2 })).toBe("About to sleep")
    expect(rfmSegment({ r: 2, f: 4, m: 3 })).toBe("At risk")
    expect(rfmSegment({ r: 4, f: 4, m: 4 })).toBe("Loyal")
    expect(rfmSegment({ r: 5, f: 2, m: 3 })).toBe("Potential loyalist")
    expect(rfmSegment({ r: 2, f: 1, m: 2 })).toBe("Hibernating")
  })

  it("uses every segment name somewhere in the grid, and rejects out-of-range scores", () => {
    const seen = new Set<string>()
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) seen.add(rfmSegment({ r, f, m }))
    expect([...seen].sort()).toEqual([...RFM_SEGMENTS].sort())
    expect(() => rfmSegment({ r: 0, f: 1, m: 1 })).toThrow(RangeError)
  })
})
