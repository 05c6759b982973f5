import { currencyExponent } from "@finesse/core/lib/money/minor-units"

/**
 * The rounding rules of pricing, written down once. Every amount is an integer in the currency's minor unit.
 * - A computed price (cost-plus, competitor match, optimum) rounds to the nearest minor unit, half up
 *   (prices are positive, so half up and half away from zero agree).
 * - A lower bound (floor, MAP, the lowest price a step allows) rounds up, so a floor of cost × 1.2 never lets
 *   the margin slip a fraction of a cent under its minimum; an upper bound rounds down for the same reason.
 * The 1e-7 slack absorbs binary noise (1000 × 1.2 = 1200.0000000000002 must stay 1200).
 */
export function roundPrice(x: number): number {
  return Math.floor(x + 0.5 + 1e-7)
}

export function roundUpBound(x: number): number {
  return Math.ceil(x - 1e-7)
}

export function roundDownBound(x: number): number {
  return Math.floor(x + 1e-7)
}

/** Decimal places of a currency's minor unit (EUR 2, JPY 0, KWD 3): core's table, so both plugins agree. */
export function exponentOf(currency: string): number {
  return currencyExponent(currency)
}

const upper = new Map<string, { code: string; exponent: number }>()

/** A minor-unit amount as a major-unit string for messages ("12.99 EUR"). */
export function formatMinor(minor: number, currency: string): string {
  let c = upper.get(currency)
  if (!c) upper.set(currency, (c = { code: currency.toUpperCase(), exponent: exponentOf(currency) }))
  return `${(minor / 10 ** c.exponent).toFixed(c.exponent)} ${c.code}`
}
