import { createRng } from "../../math/prng"
import { assignCluster, clusterRows, type ClusterModel } from "../cluster-customers"
import { hungarian } from "../hungarian"
import { matchCards, storeCards } from "../match-cards"
import { buildPersonaCards, type PersonaCard } from "../persona-cards"
import { PERSONA_DIMENSION, PERSONA_FEATURES } from "../persona-features"

function blobs(seed: number, centres: number[][], perBlob: number, spread = 0.3) {
  const rng = createRng(seed)
  const rows: number[] = []
  for (const c of centres) for (let i = 0; i < perBlob; i++) rows.push(...c.map((v) => v + (rng.next() - 0.5) * 2 * spread))
  return Float64Array.from(rows)
}

describe("clusterRows", () => {
  const centres = [
    [0, 0],
    [5, 0],
    [0, 5],
  ]
  const x = blobs(1, centres, 50)

  it.each(["kmeans", "ward"] as const)("chooses k = 3 for three separated blobs by silhouette (%s)", (method) => {
    const { model, assignments } = clusterRows(x, 150, 2, { method, seed: 3, sampleSize: 100 })
    expect(model.k).toBe(3)
    expect(model.silhouetteByK.map((s) => s.k)).toEqual([2, 3, 4, 5, 6, 7, 8])
    const best = Math.max(...model.silhouetteByK.map((s) => s.silhouette))
    expect(model.silhouette).toBe(best)
    // each blob is one cluster
    for (let b = 0; b < 3; b++) expect(new Set(assignments.subarray(b * 50, b * 50 + 50)).size).toBe(1)
    expect(new Set([assignments[0], assignments[50], assignments[100]]).size).toBe(3)
    // a new point near the second blob joins the second blob's cluster
    expect(assignCluster(model, [5.1, -0.1])).toBe(assignments[50])
  })

  it("uses the k it is given and is deterministic for a seed", () => {
    const a = clusterRows(x, 150, 2, { k: 2, seed: 9 })
    const b = clusterRows(x, 150, 2, { k: 2, seed: 9 })
    expect(a.model.k).toBe(2)
    expect(a.model.silhouette).toBeNull()
    expect(Array.from(a.assignments)).toEqual(Array.from(b.assignments))
    expect(() => clusterRows(x, 150, 2, { k: 151 })).toThrow(RangeError)
  })
})

describe("persona cards", () => {
  const idx = (f: (typeof PERSONA_FEATURES)[number]) => PERSONA_FEATURES.indexOf(f)
  // four clusters described directly by their standardised centres
  const z = (over: Partial<Record<(typeof PERSONA_FEATURES)[number], number>>) =>
    PERSONA_FEATURES.map((f) => over[f] ?? 0)
  const model: ClusterModel = {
    method: "kmeans",
    k: 4,
    standardizer: { mean: Array(PERSONA_DIMENSION).fill(0), sd: Array(PERSONA_DIMENSION).fill(1) },
    centroids: [
      z({ monetary: 1.5, avg_order_value: 1.2, orders: 0.4 }),
      z({ recency_days: 1.4, orders: -0.3 }),
      z({ orders: -0.9 }),
      z({ orders: 0.1, recency_days: -0.1 }),
    ],
    silhouette: 0.5,
    silhouetteByK: [],
  }
  // raw rows: cluster 2 holds one-time buyers (orders = 1)
  const raw: number[] = []
  const assignments: number[] = []
  const row = (orders: number, monetary: number, recency: number) => {
    const r = Array(PERSONA_DIMENSION).fill(0)
    r[idx("orders")] = orders
    r[idx("monetary")] = monetary
    r[idx("avg_order_value")] = monetary / orders
    r[idx("recency_days")] = recency
    return r
  }
  for (const [c, r] of [
    [0, row(6, 3000, 10)],
    [0, row(4, 2000, 20)],
    [1, row(2, 100, 300)],
    [2, row(1, 50, 40)],
    [2, row(1, 70, 60)],
    [2, row(1, 60, 50)],
    [3, row(3, 300, 30)],
  ] as const) {
    raw.push(...r)
    assignments.push(c)
  }
  const cards = buildPersonaCards(model, Float64Array.from(raw), Int32Array.from(assignments))

  it("names clusters by what stands out, each name once", () => {
    expect(cards.map((c) => c.name)).toEqual(["Big spenders", "Lapsed customers", "One-time buyers", "Everyday customers"])
    expect(cards.map((c) => c.archetype)).toEqual(["big_spenders", "lapsed", "one_time", "everyday"])
  })

  it("reports size, share and key figures from the members", () => {
    expect(cards.map((c) => c.size)).toEqual([2, 1, 3, 1])
    expect(cards[2].share).toBeCloseTo(3 / 7, 12)
    expect(cards[0].figures.meanOrders).toBe(5)
    expect(cards[0].figures.meanMonetaryMinor).toBe(250000) // mean 2,500.00 in minor units
    expect(cards[0].figures.meanAovMinor).toBe(50000) // mean of 500 and 500
    expect(cards[2].description).toBe("Bought once: 1 order on average, the last 50 days ago; average order 60.00.")
    expect(cards[0].standout[0]).toEqual({ feature: "monetary", z: 1.5 })
  })

  it("lets small clusters pick a name only after the larger ones when asked to", () => {
    // cluster 1 (1 of 7 customers) is the most lapsed; cluster 2 (3 of 7, one order each) is lapsed too
    const lapsed: ClusterModel = {
      ...model,
      centroids: [model.centroids[0], z({ recency_days: 3 }), z({ recency_days: 2.5 }), model.centroids[3]],
    }
    const names = (minShare?: number) =>
      buildPersonaCards(lapsed, Float64Array.from(raw), Int32Array.from(assignments), minShare === undefined ? {} : { minShare }).map((c) => c.name)
    // by score alone the single customer takes "Lapsed customers" and the three are left with "One-time buyers"
    expect(names()).toEqual(["Big spenders", "Lapsed customers", "One-time buyers", "Everyday customers"])
    // clusters under 20 % choose last: the three take "Lapsed customers"; the single customer, half a standard
    // deviation more lapsed, shares the name with what sets it apart
    expect(names(0.2)).toEqual(["Big spenders", "Lapsed customers, gone longer", "Lapsed customers", "Everyday customers"])
    expect(names(0)).toEqual(names())
  })

  it("qualifies a second cluster of the same archetype by where it differs, or numbers it", () => {
    // clusters 2 and 3 both hold one-order customers; cluster 2 mostly on discount, cluster 3 at full price
    const raw2 = Float64Array.from(raw)
    raw2[6 * PERSONA_DIMENSION + idx("orders")] = 1
    const twoOneTime = (c3: Partial<Record<(typeof PERSONA_FEATURES)[number], number>>): ClusterModel => ({
      ...model,
      centroids: [model.centroids[0], model.centroids[1], z({ orders: -0.9, discounted_share: 1.2 }), z({ orders: -0.9, ...c3 })],
    })
    const cards2 = buildPersonaCards(twoOneTime({ discounted_share: -0.4 }), raw2, Int32Array.from(assignments))
    expect(cards2.map((c) => c.name)).toEqual(["Big spenders", "Lapsed customers", "One-time buyers", "One-time buyers, at full price"])
    expect(cards2[3].archetype).toBe("one_time")
    expect(cards2[3].description).toMatch(/^Bought once, at full price: 1 order on average/)
    // nothing sets it apart by half a standard deviation: numbered instead
    const cards3 = buildPersonaCards(twoOneTime({ discounted_share: 0.8 }), raw2, Int32Array.from(assignments))
    expect(cards3.map((c) => c.name)).toEqual(["Big spenders", "Lapsed customers", "One-time buyers", "One-time buyers 2"])
  })

  it("keeps centres in unstandardised space for matching", () => {
    expect(cards[1].centroid[idx("recency_days")]).toBeCloseTo(1.4, 12)
  })
})

describe("hungarian", () => {
  it("finds the minimum-cost assignment", () => {
    // optimum: row0→1 (1), row1→0 (2), row2→2 (2) = 5
    expect(hungarian([[4, 1, 3], [2, 0, 5], [3, 2, 2]])).toEqual([1, 0, 2])
  })

  it("handles more columns than rows and more rows than columns", () => {
    expect(hungarian([[9, 1, 9], [1, 9, 9]])).toEqual([1, 0])
    expect(hungarian([[9, 1], [1, 9], [5, 5]])).toEqual([1, 0, -1])
    expect(hungarian([])).toEqual([])
  })
})

describe("matchCards", () => {
  const card = (cluster: number, name: string, centroid: number[]): PersonaCard => ({
    id: `cluster-${cluster}`,
    cluster,
    name,
    archetype: "x",
    description: "",
    size: 1,
    share: 0.25,
    figures: { meanRecencyDays: 0, meanOrders: 0, meanMonetaryMinor: 0, meanAovMinor: 0, meanTenureDays: 0, meanGapDays: 0, meanItemsPerOrder: 0, shareDiscounted: 0 },
    centroid,
    standout: [],
  })
  const previous = [
    { id: "persona-1", name: "Big spenders", centroid: [0, 0] },
    { id: "persona-2", name: "Lapsed customers", centroid: [10, 0] },
    { id: "persona-7", name: "Retired", centroid: [50, 50] },
  ]

  it("carries ids and names over to the nearest new clusters, whatever their order", () => {
    const current = [card(0, "Lapsed customers", [10.2, 0.1]), card(1, "Loyal regulars", [0.3, -0.2])]
    const out = matchCards(previous, current, { scale: [1, 1], threshold: 1 })
    expect(out.map((c) => [c.cluster, c.id, c.name, c.previousId])).toEqual([
      [0, "persona-2", "Lapsed customers", "persona-2"],
      [1, "persona-1", "Big spenders", "persona-1"], // name stays stable although this run would call it differently
    ])
    expect(out[1].drift).toBeCloseTo(Math.hypot(0.3, 0.2), 12)
  })

  it("gives a far cluster a new id and de-duplicates its name", () => {
    const current = [card(0, "Big spenders", [0, 0.5]), card(1, "Big spenders", [30, 0])]
    const out = matchCards(previous, current, { scale: [1, 1], threshold: 1 })
    expect(out.map((c) => [c.id, c.name, c.previousId])).toEqual([
      ["persona-1", "Big spenders", "persona-1"],
      ["persona-8", "Big spenders 2", null], // next number after the highest previous id (7)
    ])
  })

  it("scales distances per feature before the threshold", () => {
    const current = [card(0, "A", [0, 5])]
    expect(matchCards(previous, current, { scale: [1, 1], threshold: 1 })[0].previousId).toBeNull()
    expect(matchCards(previous, current, { scale: [1, 10], threshold: 1 })[0].previousId).toBe("persona-1")
  })

  it("starts at persona-1 without a previous run, and stores what the next run needs", () => {
    const out = matchCards([], [card(0, "A", [1, 2]), card(1, "B", [3, 4])], { scale: [1, 1] })
    expect(out.map((c) => c.id)).toEqual(["persona-1", "persona-2"])
    expect(storeCards(out)).toEqual([
      { id: "persona-1", name: "A", centroid: [1, 2] },
      { id: "persona-2", name: "B", centroid: [3, 4] },
    ])
  })
})
