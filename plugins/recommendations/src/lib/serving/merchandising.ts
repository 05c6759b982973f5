import type { ScoredItem } from "../util/top-k"

/**
 * Merchandising rules, applied at serving time after the models: pin (put a product at a position), boost and bury
 * (multiply a score), block (never show). A rule targets one product, or every product of a category, collection or
 * tag; it may be limited to a placement and to a time window.
 */
export const RULE_ACTIONS = ["pin", "boost", "bury", "block"] as const
export const RULE_TARGETS = ["product", "category", "collection", "tag"] as const
export type RuleAction = (typeof RULE_ACTIONS)[number]
export type RuleTarget = (typeof RULE_TARGETS)[number]

export type MerchRule = {
  id: string
  action: RuleAction
  target_type: RuleTarget
  target_id: string
  /** API placement name; null = every placement. */
  placement: string | null
  /** Score multiplier: > 1 for boost (default 1.5), 0 ≤ w < 1 for bury (default 0.25). Unused by pin and block. */
  weight: number | null
  /** 1-based position of a pinned product (default 1). */
  position: number | null
  /** Epoch ms; null = open. */
  starts_at: number | null
  ends_at: number | null
  enabled: boolean
}

export const DEFAULT_BOOST = 1.5
export const DEFAULT_BURY = 0.25

/** What a rule can match on, per product. */
export type ItemAttributes = { categoryIds: readonly string[]; collectionId: string | null; tagIds: readonly string[] }

/** Rules in force for a placement at `now`: enabled, for this placement or all, inside their window. */
export function activeRules(rules: readonly MerchRule[], placement: string, now: number): MerchRule[] {
  return rules.filter(
    (r) =>
      r.enabled &&
      (r.placement === null || r.placement === placement) &&
      (r.starts_at === null || r.starts_at <= now) &&
      (r.ends_at === null || now < r.ends_at)
  )
}

export function ruleMatches(rule: MerchRule, itemId: string, attrs: ItemAttributes | undefined): boolean {
  switch (rule.target_type) {
    case "product":
      return rule.target_id === itemId
    case "category":
      return !!attrs?.categoryIds.includes(rule.target_id)
    case "collection":
      return attrs?.collectionId === rule.target_id
    case "tag":
      return !!attrs?.tagIds.includes(rule.target_id)
  }
}

export type RuledItem<T extends ScoredItem> = T & { ruleIds?: string[] }

/**
 * Applies block, boost and bury to a scored list and re-sorts it (ties by id). Several boosts multiply. Pins are
 * placed later (`placePins`), after diversity and truncation, so that a pin's position is exact.
 */
export function applyScoreRules<T extends ScoredItem>(
  list: readonly T[],
  rules: readonly MerchRule[],
  attrsOf: (itemId: string) => ItemAttributes | undefined
): RuledItem<T>[] {
  const scoring = rules.filter((r) => r.action !== "pin")
  if (!scoring.length) return [...list]
  const out: RuledItem<T>[] = []
  for (const x of list) {
    const attrs = attrsOf(x.itemId)
    let factor = 1
    let blocked = false
    const ids: string[] = []
    for (const r of scoring) {
      if (!ruleMatches(r, x.itemId, attrs)) continue
      ids.push(r.id)
      if (r.action === "block") blocked = true
      else if (r.action === "boost") factor *= r.weight ?? DEFAULT_BOOST
      else factor *= r.weight ?? DEFAULT_BURY
    }
    if (blocked) continue
    out.push(ids.length ? { ...x, score: x.score * factor, ruleIds: ids } : { ...x })
  }
  return out.sort((a, b) => b.score - a.score || (a.itemId < b.itemId ? -1 : 1))
}

/** Items blocked for this request (a pin never brings back a blocked product). */
export function isBlocked(rules: readonly MerchRule[], itemId: string, attrs: ItemAttributes | undefined): boolean {
  return rules.some((r) => r.action === "block" && ruleMatches(r, itemId, attrs))
}

export type PinChoice = { ruleId: string; itemId: string; position: number }

/**
 * Which product each pin rule puts where: a product pin names its product; a category, collection or tag pin takes
 * the first matching product of `pool` (the ranked candidates, then e.g. trending). One product per rule; a product
 * claimed by an earlier pin (lower position first) is not used twice. `usable` says whether a product can be shown.
 */
export function choosePins(
  rules: readonly MerchRule[],
  pool: readonly string[],
  attrsOf: (itemId: string) => ItemAttributes | undefined,
  usable: (itemId: string) => boolean
): PinChoice[] {
  const pins = rules
    .filter((r) => r.action === "pin")
    .sort((a, b) => (a.position ?? 1) - (b.position ?? 1) || (a.id < b.id ? -1 : 1))
  const taken = new Set<string>()
  const out: PinChoice[] = []
  for (const r of pins) {
    const position = Math.max(1, r.position ?? 1)
    let itemId: string | undefined
    if (r.target_type === "product") itemId = usable(r.target_id) && !taken.has(r.target_id) ? r.target_id : undefined
    else itemId = pool.find((id) => !taken.has(id) && usable(id) && ruleMatches(r, id, attrsOf(id)))
    if (!itemId) continue
    taken.add(itemId)
    out.push({ ruleId: r.id, itemId, position })
  }
  return out
}

/**
 * Inserts pinned products at their positions into a final list of at most `limit` items (pinned items are removed
 * from where the models put them first). A position past the end puts the product last.
 */
export function placePins<T extends ScoredItem>(
  list: readonly T[],
  pins: readonly PinChoice[],
  limit: number,
  make: (pin: PinChoice) => T
): T[] {
  if (!pins.length) return list.slice(0, limit)
  const pinned = new Set(pins.map((p) => p.itemId))
  const rest = list.filter((x) => !pinned.has(x.itemId))
  const out: T[] = rest.slice(0, Math.max(0, limit - Math.min(pins.length, limit)))
  for (const p of [...pins].sort((a, b) => a.position - b.position)) {
    if (out.length >= limit) break
    out.splice(Math.min(p.position - 1, out.length), 0, make(p))
  }
  return out.slice(0, limit)
}
