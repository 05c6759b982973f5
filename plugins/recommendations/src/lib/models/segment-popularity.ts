import { DAY_MS, DEFAULT_KIND_WEIGHTS, Interaction } from "../data/interactions"
import { ScoredItem, sortScored } from "../util/top-k"

/**
 * Popularity within a customer segment ("what customers like you buy"): the personas plugin labels customers, this
 * counts each segment's interactions with a time decay. A cold-start customer with a known segment gets something
 * better than global popularity.
 */
export type SegmentPopularityParams = {
  now: number
  halfLifeDays?: number
  /** Items kept per segment. */
  topN?: number
}

export type SegmentPopularityModel = {
  kind: "segment-popularity"
  version: 1
  now: number
  halfLifeDays: number
  /** Segment label → items, best first, scores normalised so the best item of the segment is 1. */
  segments: Record<string, ScoredItem[]>
}

/**
 * `segmentOf` maps a user id to its segment label (undefined: not counted). Each (user, item) counts once, with its
 * strongest decayed, kind-weighted event, so one enthusiastic customer cannot make an item "popular" alone.
 */
export function trainSegmentPopularity(
  events: readonly Interaction[],
  segmentOf: (userId: string) => string | undefined,
  params: SegmentPopularityParams
): SegmentPopularityModel {
  const half = params.halfLifeDays ?? 30
  const topN = params.topN ?? 100
  const strongest = new Map<string, { segment: string; itemId: string; w: number }>()
  for (const e of events) {
    if (e.time > params.now) continue
    const segment = segmentOf(e.userId)
    if (segment === undefined) continue
    const w = DEFAULT_KIND_WEIGHTS[e.kind] * Math.pow(0.5, (params.now - e.time) / DAY_MS / half)
    const key = `${e.userId}\u0000${e.itemId}`
    const prev = strongest.get(key)
    if (!prev || w > prev.w) strongest.set(key, { segment, itemId: e.itemId, w })
  }
  const sums = new Map<string, Map<string, number>>()
  for (const { segment, itemId, w } of strongest.values()) {
    let m = sums.get(segment)
    if (!m) sums.set(segment, (m = new Map()))
    m.set(itemId, (m.get(itemId) ?? 0) + w)
  }
  const segments: Record<string, ScoredItem[]> = {}
  for (const label of [...sums.keys()].sort()) {
    const list = sortScored([...sums.get(label)!].map(([itemId, score]) => ({ itemId, score }))).slice(0, topN)
    const max = list[0]?.score ?? 1
    segments[label] = list.map((x) => ({ itemId: x.itemId, score: x.score / max }))
  }
  return { kind: "segment-popularity", version: 1, now: params.now, halfLifeDays: half, segments }
}

/** The k most popular items of a segment (empty for an unknown segment). */
export function segmentTop(model: SegmentPopularityModel, label: string, k: number, skip?: (itemId: string) => boolean): ScoredItem[] {
  return (model.segments[label] ?? []).filter((x) => !(skip && skip(x.itemId))).slice(0, k)
}

export function loadSegmentPopularity(json: unknown): SegmentPopularityModel {
  const m = json as SegmentPopularityModel
  if (m?.kind !== "segment-popularity" || m.version !== 1) throw new Error("not a segment-popularity v1 model")
  return m
}
