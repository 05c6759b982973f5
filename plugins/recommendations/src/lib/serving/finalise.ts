import type { BlendedItem } from "../ranking/blend"
import { maxPerCategory } from "../ranking/diversity"
import { marginBoost, type ItemEconomics } from "../ranking/margin-boost"
import { applyScoreRules, choosePins, isBlocked, placePins, type ItemAttributes, type MerchRule } from "./merchandising"

export type FinalItem = BlendedItem & { pinned: boolean; ruleIds?: string[] }

export type FinaliseInput = {
  /** Blended candidates, best first, already without the cart, the anchor and bought one-offs. */
  candidates: readonly BlendedItem[]
  limit: number
  /** Published, in the caller's sales channel, in stock, priced, and not excluded for this request. */
  usable(itemId: string): boolean
  attrsOf(itemId: string): ItemAttributes | undefined
  /** Rules in force for this placement now (see activeRules). */
  rules: readonly MerchRule[]
  economicsOf?(itemId: string): ItemEconomics | undefined
  /** 0 turns the margin-aware boost off. */
  marginStrength: number
  /** 0 turns the per-category cap off. */
  maxPerCategory: number
  /** Where category/collection/tag pins pick their product from, in preference order. */
  pinPool: readonly string[]
}

/**
 * Business rules at serving time, in order: availability → block/boost/bury → margin-aware boost → category
 * diversity (a cap per category, refilled from the capped items when the list would be short) → pins.
 * Pure: every lookup is a callback over data the caller loaded.
 */
export function finaliseList(input: FinaliseInput): FinalItem[] {
  const limit = Math.max(0, input.limit)
  let list = input.candidates.filter((x) => input.usable(x.itemId))
  list = applyScoreRules(list, input.rules, input.attrsOf)
  if (input.marginStrength > 0 && input.economicsOf) {
    list = marginBoost(list, input.economicsOf, { strength: input.marginStrength })
  }
  if (input.maxPerCategory > 0) {
    const capped = maxPerCategory(list, (id) => input.attrsOf(id)?.categoryIds[0], input.maxPerCategory, limit)
    if (capped.length < limit) {
      const kept = new Set(capped.map((x) => x.itemId))
      capped.push(...list.filter((x) => !kept.has(x.itemId)).slice(0, limit - capped.length))
    }
    list = capped
  }
  const items: FinalItem[] = list.map((x) => ({ ...x, pinned: false }))
  const pins = choosePins(input.rules, input.pinPool, input.attrsOf, (id) => input.usable(id) && !isBlocked(input.rules, id, input.attrsOf(id)))
  const top = items.length ? items[0].score : 1
  return placePins(items, pins, limit, (p) => {
    const existing = items.find((x) => x.itemId === p.itemId)
    return { ...(existing ?? { itemId: p.itemId, sources: [], fallback: false }), score: Math.max(top, existing?.score ?? 0), pinned: true, ruleIds: [p.ruleId] }
  })
}
