import { chooseTopicCount } from "./choose-topic-count"
import { compareRates, rankRates, RankedRate, RateChange, RateRow } from "./complaint-rates"
import { ComplaintText, findComplaintTopics, SeedTopic } from "./complaint-topics"
import { countByPeriod, PeriodRow, PeriodUnit } from "./period-counts"

const DAY = 86_400_000

/** A complaint: a case's first customer words, its reason code, and what it is about. */
export type ComplaintCase = { id: string; at: number; text: string; reason: string | null; productId: string | null; categoryIds: string[] }

/** Exposure and events per key (product or category) in the current and the previous window. */
export type WindowCounts = { current: ReadonlyMap<string, number>; previous: ReadonlyMap<string, number> }

export type ComplaintReportInput = {
  /** Complaints of both windows (older ones are ignored). */
  cases: readonly ComplaintCase[]
  now: number
  /** The current window is [now - windowDays, now), the previous one the same length before it. */
  windowDays: number
  /** Units sold per product and per category in each window: the exposure of the complaint and return rates. */
  unitsSold: { products: WindowCounts; categories: WindowCounts }
  /** Units returned per product in each window (Medusa returns, read from the order facts). */
  unitsReturned?: WindowCounts
  /** Fixed topic count; by default chosen by silhouette between kMin and kMax. */
  k?: number
  kMin?: number
  kMax?: number
  seed?: number
  seedTopics?: SeedTopic[]
  /** Words left out of topic terms (product names: topics should say what went wrong, not with what). */
  ignoreWords?: string[]
  trendUnit?: PeriodUnit
  minExposure?: number
}

export type ComplaintReport = {
  window: { from: number; to: number; previousFrom: number }
  counts: { current: number; previous: number }
  k: number
  silhouetteByK: Array<{ k: number; silhouette: number }>
  topics: Array<{ index: number; name: string | null; label: string; terms: Array<{ term: string; weight: number }>; size: number; share: number; exemplarIds: string[]; current: number; previous: number }>
  /** Topic index per case id (cases whose text has no known word are left out). */
  assignments: Record<string, number>
  /** Complaints per period and topic index. */
  trend: PeriodRow[]
  /** Complaint rate (complaints / units sold, current window), ranked by the Wilson lower bound. */
  productRates: RankedRate[]
  categoryRates: RankedRate[]
  returnRates: RankedRate[]
  /** Current window against the previous one, significant rises first (what changed). */
  productChanges: RateChange[]
  categoryChanges: RateChange[]
  returnChanges: RateChange[]
}

function countBy(cases: readonly ComplaintCase[], keys: (c: ComplaintCase) => string[]): Map<string, number> {
  const m = new Map<string, number>()
  for (const c of cases) for (const k of new Set(keys(c))) m.set(k, (m.get(k) ?? 0) + 1)
  return m
}

function rows(events: ReadonlyMap<string, number>, exposure: ReadonlyMap<string, number>): RateRow[] {
  const keys = new Set([...events.keys(), ...exposure.keys()])
  return [...keys].map((key) => ({ key, events: events.get(key) ?? 0, exposure: exposure.get(key) ?? 0 })).filter((r) => r.exposure > 0)
}

/**
 * The complaints view: topics of the complaint texts (TF-IDF + k-means, lib complaint-topics), their trend, and
 * the products and categories with the highest complaint and return rates in the current window, with what
 * changed against the previous window (two-proportion tests, Benjamini-Hochberg). A complaint about a product
 * counts against that product's units sold in the same window.
 */
export function buildComplaintReport(input: ComplaintReportInput): ComplaintReport {
  const to = input.now
  const from = to - input.windowDays * DAY
  const previousFrom = from - input.windowDays * DAY
  const inWindow = input.cases.filter((c) => c.at >= previousFrom && c.at < to)
  const current = inWindow.filter((c) => c.at >= from)
  const previous = inWindow.filter((c) => c.at < from)
  const texts: ComplaintText[] = inWindow.map((c) => ({ id: c.id, text: c.text, reason: c.reason }))
  const topicOptions = { seed: input.seed ?? 1, seedTopics: input.seedTopics, ignoreWords: input.ignoreWords }
  let k = input.k ?? 0
  let silhouetteByK: Array<{ k: number; silhouette: number }> = []
  if (!k) {
    if (texts.length >= 6) {
      const chosen = chooseTopicCount(texts, { ...topicOptions, kMin: input.kMin ?? 3, kMax: Math.min(input.kMax ?? 10, Math.max(3, Math.floor(texts.length / 3))), sampleSize: 600 })
      k = chosen.k
      silhouetteByK = chosen.silhouetteByK
    } else k = Math.max(1, Math.min(texts.length, 2))
  }
  const model = texts.length ? findComplaintTopics(texts, { ...topicOptions, k }) : { topics: [], assignments: new Int32Array(0), unassigned: 0 }
  const assignments: Record<string, number> = {}
  const items: Array<{ at: number; group: number }> = []
  const byTopic = model.topics.map(() => ({ current: 0, previous: 0 }))
  inWindow.forEach((c, i) => {
    const a = model.assignments[i]
    if (a < 0) return
    assignments[c.id] = a
    items.push({ at: c.at, group: a })
    if (c.at >= from) byTopic[a].current++
    else byTopic[a].previous++
  })
  const minExposure = input.minExposure ?? 30
  const productOf = (c: ComplaintCase) => (c.productId ? [c.productId] : [])
  const cur = { products: countBy(current, productOf), categories: countBy(current, (c) => c.categoryIds) }
  const prev = { products: countBy(previous, productOf), categories: countBy(previous, (c) => c.categoryIds) }
  const sold = input.unitsSold
  const returned = input.unitsReturned ?? { current: new Map(), previous: new Map() }
  return {
    window: { from, to, previousFrom },
    counts: { current: current.length, previous: previous.length },
    k: model.topics.length,
    silhouetteByK,
    topics: model.topics.map((t, i) => ({ ...t, current: byTopic[i].current, previous: byTopic[i].previous })),
    assignments,
    trend: countByPeriod(items, input.trendUnit ?? "week"),
    productRates: rankRates(rows(cur.products, sold.products.current), { minExposure }),
    categoryRates: rankRates(rows(cur.categories, sold.categories.current), { minExposure }),
    returnRates: rankRates(rows(returned.current, sold.products.current), { minExposure }),
    productChanges: compareRates(rows(prev.products, sold.products.previous), rows(cur.products, sold.products.current), { minExposure }),
    categoryChanges: compareRates(rows(prev.categories, sold.categories.previous), rows(cur.categories, sold.categories.current), { minExposure }),
    returnChanges: compareRates(rows(returned.previous, sold.products.previous), rows(returned.current, sold.products.current), { minExposure }),
  }
}
