import { createRng } from "../../math/prng"
import { findComplaintTopics } from "../complaint-topics"
import { chooseTopicCount, silhouetteFromDistances } from "../choose-topic-count"
import { compareRates, rankRates } from "../complaint-rates"
import { countByPeriod, periodOf } from "../period-counts"
import { sparseKMeans } from "../sparse-kmeans"
import { buildTfidf } from "../tfidf"
import { runEsmOracle } from "./esm-oracle"

describe("TF-IDF", () => {
  it("matches scikit-learn's smooth idf and L2 rows (hand-computed)", () => {
    // tokens: [late, deliveri], [late, parcel], [broken, screen]; N = 3
    // idf(late) = ln(4/3) + 1 = 1.287682, idf(df = 1) = ln(4/2) + 1 = 1.693147
    // row 0 = (1.287682, 1.693147) / 2.127175 = (0.605349, 0.795961)
    const m = buildTfidf(["late delivery", "late parcel", "broken screen"], null, { minDf: 1, maxDfRatio: 1 })
    expect(m.terms).toEqual(["broken", "deliveri", "late", "parcel", "screen"])
    expect(m.labels).toEqual(["broken", "delivery", "late", "parcel", "screen"])
    expect(m.idf[2]).toBeCloseTo(1.287682, 6)
    expect(Array.from(m.matrix.indices.subarray(0, 2))).toEqual([1, 2])
    expect(m.matrix.values[0]).toBeCloseTo(0.795961, 6) // deliveri
    expect(m.matrix.values[1]).toBeCloseTo(0.605349, 6) // late
    // min df 2 keeps only "late"; the max-df cut (0.5 x 3 = 1.5 documents) never goes below min df
    expect(buildTfidf(["late delivery", "late parcel", "broken screen"], null, { minDf: 2, maxDfRatio: 1 }).terms).toEqual(["late"])
    expect(buildTfidf(["late delivery", "late parcel", "broken screen"], null, { minDf: 2 }).terms).toEqual(["late"])
    // with 6 documents "late" (in 4) is above the 0.5 cut and dropped
    const six = ["late delivery", "late parcel", "late again", "late late", "broken screen", "broken lamp"]
    expect(buildTfidf(six, null, { minDf: 2 }).terms).toEqual(["broken"])
    // product names can be left out, so topics say what went wrong rather than with what
    expect(buildTfidf(["Kettles broken", "kettle late"], null, { minDf: 1, maxDfRatio: 1, ignoreWords: ["Kettle"] }).terms).toEqual(["broken", "late"])
  })
})

describe("sparse k-means", () => {
  it("matches ml-kmeans (the oracle) from the same initial centres", () => {
    const rng = createRng(5)
    const rows: number[][] = []
    for (const centre of [[1, 0, 0, 0.2], [0, 1, 0.3, 0], [0.1, 0, 0, 1]]) {
      for (let i = 0; i < 25; i++) rows.push(centre.map((v) => Math.max(0, v + (rng.next() - 0.5) * 0.6)))
    }
    // as sparse rows (zeros dropped)
    const indptr = [0]
    const indices: number[] = []
    const values: number[] = []
    for (const r of rows) {
      r.forEach((v, j) => {
        if (v !== 0) {
          indices.push(j)
          values.push(v)
        }
      })
      indptr.push(values.length)
    }
    const m = { rows: rows.length, cols: 4, indptr: Int32Array.from(indptr), indices: Int32Array.from(indices), values: Float64Array.from(values) }
    const init = [rows[0], rows[1], rows[2]] // all from the first blob: the algorithm has to move
    const ours = sparseKMeans(m, 3, Float64Array.from(init.flat()), 300)
    const oracle = runEsmOracle<{ clusters: number[]; centroids: number[][] }>(
      `import { kmeans } from "ml-kmeans";
       const r = kmeans(input.rows, 3, { initialization: input.init, maxIterations: 300, tolerance: 1e-12 });
       console.log(JSON.stringify({ clusters: r.clusters, centroids: r.centroids }));`,
      { rows, init }
    )
    expect(Array.from(ours.assignments)).toEqual(oracle.clusters)
    oracle.centroids.forEach((c, k) => c.forEach((v, j) => expect(ours.centroids[k * 4 + j]).toBeCloseTo(v, 9)))
  })
})

// three planted complaint themes with varied wording, plus noise words
const THEMES: Record<string, { reason: string; phrases: string[] }> = {
  delivery: { reason: "late_delivery", phrases: ["parcel arrived late", "delivery two weeks late", "courier late, tracking stuck", "still waiting, late delivery", "late parcel, courier lost it"] },
  damage: { reason: "damaged", phrases: ["the mug arrived broken", "box crushed, glass broken", "item broken in transit", "screen broken and cracked on arrival", "lamp broken, glass shattered"] },
  fit: { reason: "wrong_size", phrases: ["shoes too small a size", "the dress size runs small", "jacket too tight, need a bigger size", "trousers too long, wrong size", "size chart is wrong, too small"] },
}
function corpus(n: number, seed: number) {
  const rng = createRng(seed)
  const names = Object.keys(THEMES)
  const out: Array<{ id: string; text: string; reason: string; theme: string }> = []
  for (let i = 0; i < n; i++) {
    const theme = names[i % 3]
    const t = THEMES[theme]
    const [a, b, c] = [0, 1, 2].map(() => t.phrases[rng.int(t.phrases.length)])
    out.push({ id: `c${i}`, text: `${a}. ${b}, ${c}. please help, order ${1000 + i}`, reason: t.reason, theme })
  }
  return out
}

describe("complaint topics", () => {
  it("recovers planted themes, deterministically for a seed", () => {
    const docs = corpus(90, 3)
    const model = findComplaintTopics(docs, { k: 3, seed: 7, useReasons: false })
    expect(model.unassigned).toBe(0)
    // every topic is pure: all its members share one planted theme
    for (const topic of model.topics) {
      const themes = new Set(docs.filter((_, i) => model.assignments[i] === topic.index).map((d) => d.theme))
      expect(themes.size).toBe(1)
      expect(topic.size).toBe(30)
    }
    const labels = model.topics.map((t) => t.label).join(" | ")
    expect(labels).toMatch(/size|small/)
    expect(labels).toMatch(/broken|crack/)
    expect(labels).toMatch(/late|courier|parcel|deliver/)
    expect(findComplaintTopics(docs, { k: 3, seed: 7, useReasons: false }).assignments).toEqual(model.assignments)
    expect(model.topics[0].exemplarIds).toHaveLength(3)
  })

  it("keeps seed topic names and reason codes as terms", () => {
    const docs = corpus(60, 4)
    const model = findComplaintTopics(docs, { k: 3, seed: 1, seedTopics: [{ name: "Damaged in transit", keywords: ["broken", "cracked"] }] })
    const named = model.topics.find((t) => t.name === "Damaged in transit")
    expect(named).toBeDefined()
    const members = docs.filter((_, i) => model.assignments[i] === named?.index)
    expect(new Set(members.map((d) => d.theme))).toEqual(new Set(["damage"]))
    expect(named?.terms.map((t) => t.term)).toContain("reason:damaged")
    expect(() => findComplaintTopics(docs, { k: 0 })).toThrow(RangeError)
    expect(findComplaintTopics([{ id: "x", text: "the and" }], { k: 2 })).toMatchObject({ topics: [], unassigned: 1 })
  })
})

describe("periods and trends", () => {
  it.each([
    ["2024-03-07T10:00:00Z", "week", "2024-W10", "2024-03-04T00:00:00Z"],
    ["2021-01-03T10:00:00Z", "week", "2020-W53", "2020-12-28T00:00:00Z"],
    ["2024-12-30T10:00:00Z", "week", "2025-W01", "2024-12-30T00:00:00Z"],
    ["2024-02-29T23:59:00Z", "month", "2024-02", "2024-02-01T00:00:00Z"],
    ["2024-02-29T23:59:00Z", "day", "2024-02-29", "2024-02-29T00:00:00Z"],
  ] as const)("%s by %s is %s", (iso, unit, key, start) => {
    expect(periodOf(Date.parse(iso), unit)).toEqual({ key, start: Date.parse(start) })
  })

  it("counts per period and group, filling gaps", () => {
    const t = (s: string) => Date.parse(s)
    const rows = countByPeriod(
      [
        { at: t("2024-01-15T00:00:00Z"), group: 0 },
        { at: t("2024-01-20T00:00:00Z"), group: 1 },
        { at: t("2024-03-02T00:00:00Z"), group: 0 },
      ],
      "month"
    )
    expect(rows.map((r) => [r.key, r.total, r.counts])).toEqual([
      ["2024-01", 2, { "0": 1, "1": 1 }],
      ["2024-02", 0, {}],
      ["2024-03", 1, { "0": 1 }],
    ])
  })
})

describe("complaint and return rates", () => {
  it("ranks by the Wilson lower bound with a volume guard", () => {
    const r = rankRates([
      { key: "tiny", events: 2, exposure: 3 },
      { key: "steady", events: 80, exposure: 1000 },
      { key: "bad", events: 60, exposure: 400 },
      { key: "fine", events: 5, exposure: 900 },
    ])
    expect(r.map((x) => [x.key, x.enoughVolume])).toEqual([
      ["bad", true],
      ["steady", true],
      ["fine", true],
      ["tiny", false],
    ])
    expect(r[0].rate).toBe(0.15)
  })

  it("what changed: a newly defective product stands out, noise does not", () => {
    const previous = [
      { key: "kettle", events: 10, exposure: 1000 },
      { key: "mug", events: 20, exposure: 1000 },
      { key: "lamp", events: 15, exposure: 800 },
    ]
    const current = [
      { key: "kettle", events: 80, exposure: 1000 }, // 1 % → 8 %
      { key: "mug", events: 24, exposure: 1000 }, // 2 % → 2.4 %: noise
      { key: "lamp", events: 3, exposure: 20 }, // too little volume now
      { key: "toaster", events: 30, exposure: 300 }, // new: 10 % against the 1.61 % baseline
    ]
    const c = compareRates(previous, current)
    expect(c.map((x) => [x.key, x.significant, x.direction, x.comparedTo])).toEqual([
      ["toaster", true, "up", "baseline"],
      ["kettle", true, "up", "own_history"],
      ["mug", false, "flat", "own_history"],
      ["lamp", false, "flat", "own_history"],
    ])
    const kettle = c[1]
    expect(kettle.ratio).toBeCloseTo(8, 12)
    // pooled 90/2000 = 0.045: z = 0.07 / sqrt(0.045·0.955·0.002) = 7.5505
    expect(kettle.z).toBeCloseTo(7.5505, 3)
    expect(c.find((x) => x.key === "lamp")?.insufficient).toBe(true)
    expect(c.find((x) => x.key === "toaster")?.before).toEqual({ events: 45, exposure: 2800, rate: 45 / 2800 })
  })
})

describe("choosing the number of topics", () => {
  it("silhouette matches a hand computation", () => {
    // points 0, 1 | 5, 6 on a line: a = 1; b = 5.5, 4.5, 4.5, 5.5 → mean of (1 − 1/5.5, 1 − 1/4.5, …)
    const x = [0, 1, 5, 6]
    const d = Float64Array.from(x.flatMap((a) => x.map((b) => Math.abs(a - b))))
    expect(silhouetteFromDistances(d, [0, 0, 1, 1], 2)).toBeCloseTo((2 * (1 - 1 / 5.5) + 2 * (1 - 1 / 4.5)) / 4, 12)
    expect(silhouetteFromDistances(d, [0, 1, 1, 1], 2)).toBeLessThan(silhouetteFromDistances(d, [0, 0, 1, 1], 2))
  })

  it("finds the three planted themes", () => {
    const r = chooseTopicCount(corpus(90, 3), { kMin: 2, kMax: 6, seed: 7, useReasons: false })
    expect(r.k).toBe(3)
    expect(r.silhouetteByK.map((x) => x.k)).toEqual([2, 3, 4, 5, 6])
  })
})
