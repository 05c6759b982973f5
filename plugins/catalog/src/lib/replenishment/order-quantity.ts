/**
 * Lot sizes. Money is integer minor units; quantities are units.
 * - EOQ (Harris 1913; Nahmias, "Production and Operations Analysis", §4.5): Q* = √(2·K·D / h), K the cost of one
 *   order, D the annual demand, h = i·c the annual holding cost of one unit.
 * - Rounding to what a supplier sells: at least the minimum order quantity, then up to a whole number of packs.
 */
export function economicOrderQuantity(annualDemand: number, orderCostMinor: number, unitCostMinor: number, annualHoldingRate: number): number {
  const h = unitCostMinor * annualHoldingRate
  if (!(annualDemand > 0) || !(orderCostMinor > 0) || !(h > 0)) return 0
  return Math.sqrt((2 * orderCostMinor * annualDemand) / h)
}

/** Annual ordering plus holding cost of lot size Q (minor units, rounded once here). */
export function annualLotCostMinor(q: number, annualDemand: number, orderCostMinor: number, unitCostMinor: number, annualHoldingRate: number): number {
  if (!(q > 0)) return 0
  return Math.round((annualDemand / q) * orderCostMinor + (q / 2) * unitCostMinor * annualHoldingRate)
}

/** The smallest orderable quantity ≥ q: 0 stays 0; otherwise max(q, moq) rounded up to whole packs. */
export function roundToPack(q: number, packSize = 1, moq = 0): number {
  if (!(q > 0)) return 0
  const pack = packSize > 0 ? packSize : 1
  const need = Math.max(q, moq)
  return Math.ceil(need / pack - 1e-9) * pack
}
