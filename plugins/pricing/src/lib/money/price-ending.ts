import { z } from "@medusajs/framework/zod"

/**
 * Price endings, applied as the last step of a proposal.
 * - "99" / "95": the price ends in .99 / .95 of the major unit (12.99, 12.95); for a 3-decimal currency 12.990.
 * - "whole": a whole major unit (13.00).
 * - "none": the price is kept as computed.
 * Zero-decimal currencies (JPY, KRW) have no cents, so the ending applies to the last two digits instead:
 * 1,999 / 1,995 / 2,000 — the way charm prices are written there.
 */
export const PRICE_ENDINGS = ["none", "99", "95", "whole"] as const
export type PriceEnding = (typeof PRICE_ENDINGS)[number]
export const priceEndingSchema = z.enum(PRICE_ENDINGS)

/** Which way to move to reach an ending: nearest (ties go down, in the customer's favour), down or up. */
export type EndingDirection = "nearest" | "down" | "up"

/** The grid of prices with an ending: every `unit` minor units, at `offset`. */
export function endingGrid(ending: PriceEnding, exponent: number): { unit: number; offset: number } | null {
  if (ending === "none") return null
  const unit = 10 ** Math.max(exponent, 2)
  const step = unit / 100
  if (ending === "whole") return { unit, offset: 0 }
  return { unit, offset: (ending === "99" ? 99 : 95) * step }
}

export type EndingResult = {
  price: number
  /** false when the ending was "none", or no price with the ending lies between the bounds */
  applied: boolean
  note?: string
}

/**
 * Moves `price` to the chosen ending. It never returns a price below `floor`: when the ending in the chosen
 * direction falls under it, the first ending at or above the floor is taken. It stays at or under `ceiling`
 * when such an ending exists between the two bounds; when none does, the price is returned unchanged
 * (clamped into the bounds) with `applied: false`, because a bound matters more than a pretty number.
 */
export function applyPriceEnding(
  price: number,
  ending: PriceEnding,
  opts: { exponent: number; direction?: EndingDirection; floor?: number | null; ceiling?: number | null }
): EndingResult {
  const floor = opts.floor ?? null
  const ceiling = opts.ceiling ?? null
  const clampToBounds = (p: number) => {
    let v = p
    if (ceiling !== null && v > ceiling) v = ceiling
    if (floor !== null && v < floor) v = floor
    return v
  }
  const grid = endingGrid(ending, opts.exponent)
  if (!grid) return { price: clampToBounds(price), applied: false }
  const { unit, offset } = grid
  const below = Math.floor((price - offset) / unit) * unit + offset
  const above = below === price ? price : below + unit
  let chosen: number
  const dir = opts.direction ?? "nearest"
  if (below === price) chosen = price
  else if (dir === "down") chosen = below
  else if (dir === "up") chosen = above
  else chosen = price - below <= above - price ? below : above
  if (chosen <= 0) chosen = above
  if (floor !== null && chosen < floor) chosen = Math.ceil((floor - offset) / unit) * unit + offset
  if (ceiling !== null && chosen > ceiling) {
    chosen = Math.floor((ceiling - offset) / unit) * unit + offset
    if ((floor !== null && chosen < floor) || chosen <= 0) {
      return { price: clampToBounds(price), applied: false, note: `no price ending in ${ending} between the bounds` }
    }
  }
  return { price: chosen, applied: true }
}
