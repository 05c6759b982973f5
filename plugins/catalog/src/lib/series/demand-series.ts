import { Granularity, periodIndex } from "./calendar"

/**
 * The demand history of one variant × location (or product, or any key), oldest period first. `units[t]` is what
 * was sold in period t. The optional arrays let methods and regressors use more than the unit totals:
 * - `lines`: order lines per period (the order rate: what the order-rate model smooths);
 * - `sizes`/`sizePeriods`: the quantity of each order line and its period (the order-size distribution);
 * - `price`: average net unit price per period in minor units (NaN when nothing sold);
 * - `promo`: share of the period's units sold with a discount, in [0, 1];
 * - `missing`: 1 where the period carries no information (store closed, data gap): smoothing skips it and
 *   averages ignore it, so a closed Christmas week is not read as zero demand.
 */
export type DemandSeries = {
  units: Float64Array
  lines?: Float64Array
  sizes?: Float64Array
  sizePeriods?: Int32Array
  price?: Float64Array
  promo?: Float64Array
  missing?: Uint8Array
}

/** One sold line as the builders read it: core's LineFactRow maps onto this (placed_at → time). */
export type DemandLine = {
  /** epoch ms of the order */
  time: number
  quantity: number
  /** net unit price in minor units (unit_price − discount_total / quantity), optional */
  unitPrice?: number
  /** true when the line carried a discount */
  promoted?: boolean
}

export type SeriesWindow = {
  /** start (epoch ms) of period 0: a day start, or a Monday for weeks */
  origin: number
  /** number of periods; lines at or after the end are ignored */
  periods: number
  granularity: Granularity
  /** keep the sizes of lines in the last `sizeWindow` periods only (default: all) */
  sizeWindow?: number
}

/**
 * Accumulates lines of many keys into aligned series (typed arrays, one pass, O(lines)). Negative or zero
 * quantities are ignored: returns and cancellations are not demand.
 */
export class DemandSeriesBuilder {
  private readonly acc = new Map<string, { units: Float64Array; lines: Float64Array; revenue: Float64Array; promoUnits: Float64Array; sizes: number[]; sizePeriods: number[] }>()
  private readonly sizeFrom: number

  constructor(readonly window: SeriesWindow) {
    this.sizeFrom = window.sizeWindow === undefined ? 0 : window.periods - window.sizeWindow
  }

  add(key: string, line: DemandLine): boolean {
    if (!(line.quantity > 0)) return false
    const t = periodIndex(line.time, this.window.origin, this.window.granularity)
    if (t < 0 || t >= this.window.periods) return false
    let a = this.acc.get(key)
    if (!a) {
      const n = this.window.periods
      a = { units: new Float64Array(n), lines: new Float64Array(n), revenue: new Float64Array(n), promoUnits: new Float64Array(n), sizes: [], sizePeriods: [] }
      this.acc.set(key, a)
    }
    a.units[t] += line.quantity
    a.lines[t] += 1
    if (line.unitPrice !== undefined) a.revenue[t] += line.unitPrice * line.quantity
    if (line.promoted) a.promoUnits[t] += line.quantity
    if (t >= this.sizeFrom) {
      a.sizes.push(line.quantity)
      a.sizePeriods.push(t)
    }
    return true
  }

  keys(): string[] {
    return [...this.acc.keys()]
  }

  /** The series of one key (undefined if it never sold in the window); `missing` is shared by all keys. */
  get(key: string, missing?: Uint8Array): DemandSeries | undefined {
    const a = this.acc.get(key)
    if (!a) return undefined
    const n = this.window.periods
    const price = new Float64Array(n)
    const promo = new Float64Array(n)
    for (let t = 0; t < n; t++) {
      price[t] = a.units[t] > 0 && a.revenue[t] > 0 ? a.revenue[t] / a.units[t] : NaN
      promo[t] = a.units[t] > 0 ? a.promoUnits[t] / a.units[t] : 0
    }
    return {
      units: a.units,
      lines: a.lines,
      sizes: Float64Array.from(a.sizes),
      sizePeriods: Int32Array.from(a.sizePeriods),
      price,
      promo,
      missing,
    }
  }

  /** Units summed over every key: the store-level aggregate used for pooled profiles and closed periods. */
  aggregate(): { units: Float64Array; lines: Float64Array } {
    const n = this.window.periods
    const units = new Float64Array(n)
    const lines = new Float64Array(n)
    for (const a of this.acc.values()) {
      for (let t = 0; t < n; t++) {
        units[t] += a.units[t]
        lines[t] += a.lines[t]
      }
    }
    return { units, lines }
  }
}

/**
 * Periods in which the aggregate sold less than `fraction` of its median (default 0.3): the store was closed or the
 * data has a gap. Periods before the first sale of the aggregate count as missing too.
 */
export function closedPeriods(aggregate: ArrayLike<number>, fraction = 0.3): Uint8Array {
  const n = aggregate.length
  const out = new Uint8Array(n)
  let first = 0
  while (first < n && !(aggregate[first] > 0)) out[first++] = 1
  const rest = Array.from(aggregate).slice(first).sort((a, b) => a - b)
  if (!rest.length) return out
  const median = rest[Math.floor((rest.length - 1) / 2)]
  for (let t = first; t < n; t++) if (aggregate[t] < fraction * median) out[t] = 1
  return out
}

/** Index of the first period with a sale (or units.length when none). */
export function firstSale(units: ArrayLike<number>, end = units.length): number {
  for (let t = 0; t < end; t++) if (units[t] > 0) return t
  return end
}

/** The fields of core's LineFactRow (`@finesse/core/lib/facts/read-types`) the builders read. */
export type LineFactLike = { placed_at: Date | string | number; quantity: number; unit_price: number; discount_total: number; returned_quantity?: number; status?: string }

/**
 * A demand line from an order line fact: net unit price = unit_price − discount_total / quantity (minor units),
 * promoted when the line carried a discount; returned units are taken off; canceled orders are not demand (null).
 */
export function demandLineFromFact(row: LineFactLike): DemandLine | null {
  if (row.status === "canceled") return null
  const quantity = row.quantity - (row.returned_quantity ?? 0)
  if (!(quantity > 0) || !(row.quantity > 0)) return null
  const time = row.placed_at instanceof Date ? row.placed_at.getTime() : typeof row.placed_at === "number" ? row.placed_at : Date.parse(row.placed_at)
  return { time, quantity, unitPrice: row.unit_price - row.discount_total / row.quantity, promoted: row.discount_total > 0 }
}
