import type { ClusterModel } from "./cluster-customers"
import { PERSONA_DIMENSION, PERSONA_FEATURES, type PersonaFeature } from "./persona-features"

/** Key figures of a persona, in the units an admin reads (days, orders, minor units, shares). */
export type PersonaFigures = {
  meanRecencyDays: number
  meanOrders: number
  meanMonetaryMinor: number
  meanAovMinor: number
  meanTenureDays: number
  meanGapDays: number
  meanItemsPerOrder: number
  shareDiscounted: number
}

export type PersonaCard = {
  /** Stable id; "cluster-<index>" until matchCards carries ids over from the previous run. */
  id: string
  /** Index of the cluster in this run's model. */
  cluster: number
  name: string
  /** Code of the archetype the name came from ("everyday" when none stood out). */
  archetype: string
  description: string
  size: number
  /** size / all clustered customers */
  share: number
  figures: PersonaFigures
  /** Centre in transformed (log1p), unstandardised feature space: comparable across runs for matching. */
  centroid: number[]
  /** The features that stand out most, as z-scores of the centre (largest |z| first). */
  standout: { feature: PersonaFeature; z: number }[]
}

type Z = Record<PersonaFeature, number>

/**
 * Archetypes a cluster centre can match; the score is in z units (how far the centre stands out) and a
 * name needs a score of at least MIN_SCORE. Codes are never renamed (saved cards refer to them).
 */
export const ARCHETYPES: readonly { code: string; name: string; blurb: string; score: (z: Z, f: PersonaFigures) => number }[] = [
  { code: "one_time", name: "One-time buyers", blurb: "Bought once", score: (_z, f) => (f.meanOrders <= 1.25 ? 2 : -Infinity) },
  { code: "big_spenders", name: "Big spenders", blurb: "Spend far above the rest", score: (z) => (z.monetary + z.avg_order_value) / 2 },
  { code: "loyal_regulars", name: "Loyal regulars", blurb: "Buy often and recently", score: (z) => (z.orders - z.recency_days) / 2 },
  { code: "bargain_hunters", name: "Bargain hunters", blurb: "Mostly buy on discount", score: (z) => (z.discounted_share + z.avg_discount_rate) / 2 },
  { code: "lapsed", name: "Lapsed customers", blurb: "Have not bought for a long time", score: (z) => z.recency_days },
  { code: "new", name: "New customers", blurb: "Recently acquired", score: (z) => -(z.tenure_days + z.recency_days) / 2 },
  { code: "bulk_buyers", name: "Bulk buyers", blurb: "Buy many units per order", score: (z) => z.items_per_order },
]
const MIN_SCORE = 0.5

/** How a cluster sharing an archetype differs from the one that holds the name, feature by feature (z units). */
const QUALIFIERS: readonly { feature: PersonaFeature; up: string; down: string }[] = [
  { feature: "discounted_share", up: "on discount", down: "at full price" },
  { feature: "avg_order_value", up: "high order value", down: "low order value" },
  { feature: "orders", up: "more orders", down: "fewer orders" },
  { feature: "recency_days", up: "gone longer", down: "more recent" },
  { feature: "items_per_order", up: "large baskets", down: "small baskets" },
  { feature: "monetary", up: "high spend", down: "low spend" },
  { feature: "tenure_days", up: "long-standing", down: "newer" },
]
const MIN_QUALIFIER_GAP = 0.5

function qualifier(z: Z, holder: Z): string | null {
  let best: { q: (typeof QUALIFIERS)[number]; d: number } | null = null
  for (const q of QUALIFIERS) {
    const d = z[q.feature] - holder[q.feature]
    if (Math.abs(d) >= MIN_QUALIFIER_GAP && (!best || Math.abs(d) > Math.abs(best.d))) best = { q, d }
  }
  return best ? (best.d > 0 ? best.q.up : best.q.down) : null
}

const fmt = (v: number) => (v >= 10 ? Math.round(v).toString() : (Math.round(v * 10) / 10).toString())
const money = (minor: number) => (minor / 100).toFixed(2)

/**
 * Cards for a clustering run: `raw` holds each customer's raw persona row (PERSONA_FEATURES order, money in
 * major units, as personaRawRow returns), `assignments` their cluster. Names are given greedily: the
 * (cluster, archetype) pair that stands out most first, each name held once; a cluster left over takes its best
 * archetype's name qualified by how it differs from the holder, and one matching no archetype is "Everyday
 * customers" (numbered when several).
 */
export type CardNamingOptions = {
  /**
   * Clusters holding less than this share of customers pick an archetype name only after the larger ones (default
   * 0: no preference). A handful of outliers (say, fully refunded orders: a 100 % "discount") otherwise claim a name
   * such as "Bargain hunters" that describes a large cluster better.
   */
  minShare?: number
}

export function buildPersonaCards(
  model: ClusterModel,
  raw: Float64Array,
  assignments: Int32Array,
  options: CardNamingOptions = {},
): PersonaCard[] {
  const d = PERSONA_DIMENSION
  const n = assignments.length
  const k = model.k
  const sums = new Float64Array(k * d)
  const sizes = new Int32Array(k)
  for (let i = 0; i < n; i++) {
    const c = assignments[i]
    sizes[c]++
    for (let j = 0; j < d; j++) sums[c * d + j] += raw[i * d + j]
  }
  const idx = (f: PersonaFeature) => PERSONA_FEATURES.indexOf(f)
  const figures: PersonaFigures[] = []
  const zs: Z[] = []
  for (let c = 0; c < k; c++) {
    const m = (f: PersonaFeature) => (sizes[c] ? sums[c * d + idx(f)] / sizes[c] : 0)
    figures.push({
      meanRecencyDays: m("recency_days"),
      meanOrders: m("orders"),
      meanMonetaryMinor: Math.round(m("monetary") * 100),
      meanAovMinor: Math.round(m("avg_order_value") * 100),
      meanTenureDays: m("tenure_days"),
      meanGapDays: m("mean_gap_days"),
      meanItemsPerOrder: m("items_per_order"),
      shareDiscounted: m("discounted_share"),
    })
    zs.push(Object.fromEntries(PERSONA_FEATURES.map((f, j) => [f, model.centroids[c][j]])) as Z)
  }
  const pairs: { c: number; a: number; s: number }[] = []
  for (let c = 0; c < k; c++) {
    ARCHETYPES.forEach((arch, a) => {
      const s = arch.score(zs[c], figures[c])
      if (s >= MIN_SCORE) pairs.push({ c, a, s })
    })
  }
  const minor = (c: number) => (n > 0 && sizes[c] / n < (options.minShare ?? 0) ? 1 : 0)
  pairs.sort((p, q) => minor(p.c) - minor(q.c) || q.s - p.s || p.c - q.c || p.a - q.a)
  const archetypeOf = new Int32Array(k).fill(-1)
  const used = new Set<number>()
  for (const p of pairs) {
    if (archetypeOf[p.c] >= 0 || used.has(p.a)) continue
    archetypeOf[p.c] = p.a
    used.add(p.a)
  }
  // A cluster left without a name whose best archetype went to another cluster shares that name, qualified by
  // where it differs most from the holder ("One-time buyers" and "One-time buyers, at full price"): the demo
  // store's one-off buyers split by discount, and "Everyday customers" would say nothing true about either.
  const holderOf = new Map<number, number>()
  archetypeOf.forEach((a, c) => a >= 0 && holderOf.set(a, c))
  const shared = new Uint8Array(k)
  const qualifierOf: (string | null)[] = Array(k).fill(null)
  for (const p of pairs) {
    if (archetypeOf[p.c] >= 0) continue
    archetypeOf[p.c] = p.a
    shared[p.c] = 1
    qualifierOf[p.c] = qualifier(zs[p.c], zs[holderOf.get(p.a)!])
  }
  // holders and everyday clusters keep plain names; sharers are numbered when their qualified name still clashes
  const everydayTotal = Array.from(archetypeOf).filter((a) => a < 0).length
  const names: string[] = Array(k)
  const taken = new Set<string>()
  let everyday = 0
  for (let c = 0; c < k; c++) {
    if (shared[c]) continue
    const a = archetypeOf[c]
    names[c] = a >= 0 ? ARCHETYPES[a].name : everydayTotal > 1 ? `Everyday customers ${++everyday}` : "Everyday customers"
    taken.add(names[c])
  }
  for (let c = 0; c < k; c++) {
    if (!shared[c]) continue
    const base = qualifierOf[c] === null ? ARCHETYPES[archetypeOf[c]].name : `${ARCHETYPES[archetypeOf[c]].name}, ${qualifierOf[c]}`
    let name = base
    for (let i = 2; taken.has(name); i++) name = `${base} ${i}`
    names[c] = name
    taken.add(name)
  }
  return Array.from({ length: k }, (_, c) => {
    const f = figures[c]
    const arch = archetypeOf[c] >= 0 ? ARCHETYPES[archetypeOf[c]] : null
    const name = names[c]
    const discount = f.shareDiscounted > 0 ? `; ${Math.round(f.shareDiscounted * 100)} % of orders discounted` : ""
    const blurb = arch ? (qualifierOf[c] ? `${arch.blurb}, ${qualifierOf[c]}` : arch.blurb) : "No single trait stands out"
    const description =
      `${blurb}: ${fmt(f.meanOrders)} ${fmt(f.meanOrders) === "1" ? "order" : "orders"} on average, ` +
      `the last ${fmt(f.meanRecencyDays)} days ago; average order ${money(f.meanAovMinor)}${discount}.`
    return {
      id: `cluster-${c}`,
      cluster: c,
      name,
      archetype: arch ? arch.code : "everyday",
      description,
      size: sizes[c],
      share: n ? sizes[c] / n : 0,
      figures: f,
      centroid: model.centroids[c].map((v, j) => v * model.standardizer.sd[j] + model.standardizer.mean[j]),
      standout: PERSONA_FEATURES.map((feature) => ({ feature, z: zs[c][feature] }))
        .filter((s) => s.z !== 0)
        .sort((p, q) => Math.abs(q.z) - Math.abs(p.z))
        .slice(0, 3),
    }
  })
}
