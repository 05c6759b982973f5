import { DAY_MS, Interaction } from "../../data/interactions"
import { loadSegmentPopularity, segmentTop, trainSegmentPopularity } from "../segment-popularity"

const now = Date.UTC(2024, 0, 1)
const ev = (userId: string, itemId: string, kind: Interaction["kind"], ageDays = 0): Interaction => ({
  userId, itemId, kind, time: now - ageDays * DAY_MS,
})

describe("segment popularity", () => {
  const segments: Record<string, string> = { u1: "gardeners", u2: "gardeners", u3: "cooks" }
  const model = trainSegmentPopularity(
    [
      ev("u1", "spade", "purchase"),
      ev("u1", "spade", "purchase"), // the same customer again: counts once
      ev("u2", "spade", "purchase", 30), // a month old: half
      ev("u2", "seeds", "purchase"),
      ev("u3", "pan", "purchase"),
      ev("u3", "spade", "view"),
      ev("u9", "pan", "purchase"), // no segment: ignored
    ],
    (id) => segments[id],
    { now, halfLifeDays: 30 }
  )

  it("counts each customer once, decayed, within their segment", () => {
    // spade: 1 + 0.5 = 1.5, seeds 1 → normalised by 1.5
    expect(model.segments.gardeners).toEqual([
      { itemId: "spade", score: 1 },
      { itemId: "seeds", score: expect.closeTo(1 / 1.5, 12) },
    ])
    // cooks: pan 1 (purchase), spade 0.1 (view)
    expect(model.segments.cooks).toEqual([{ itemId: "pan", score: 1 }, { itemId: "spade", score: expect.closeTo(0.1, 12) }])
  })

  it("serves top-k with skips, empty for an unknown segment, and round-trips", () => {
    expect(segmentTop(model, "gardeners", 1, (id) => id === "spade")).toEqual([{ itemId: "seeds", score: expect.closeTo(2 / 3, 12) }])
    expect(segmentTop(model, "nobody", 3)).toEqual([])
    expect(loadSegmentPopularity(JSON.parse(JSON.stringify(model)))).toEqual(model)
  })
})
