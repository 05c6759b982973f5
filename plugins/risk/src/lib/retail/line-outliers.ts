import { MAD_TO_SIGMA, medianInPlace } from "../math/robust"

/** The fields of an Online Retail line the outlier check reads (core's `RetailLine` has them all). */
export type RetailLineInput = { invoice: string; stockCode: string; quantity: number; unitPriceMinor: number; cancelled: boolean }

export type LineFlagCode = "adjustment" | "price_not_positive" | "quantity_outlier" | "price_outlier"

export type LineOutlierOptions = {
  /** Robust z on log |quantity| at or above which a quantity is an outlier (high side only). */
  quantityZ?: number
  /** |robust z| on log unit price at or above which a price is an outlier (both sides). */
  priceZ?: number
  /** Sale lines a stock code needs for its own baseline; with fewer, quantity is judged against all lines and price not at all. */
  minLines?: number
  /** σ floors on the log scale, so a product always sold in dozens does not make 13 an outlier. */
  quantityMinScale?: number
  priceMinScale?: number
  /** Stock codes that are money adjustments, not goods. */
  adjustmentCodes?: ReadonlySet<string>
}

/**
 * Non-product codes of the Online Retail file that move money without goods: M/m manual, D discount,
 * S samples, B bad-debt adjustment, bank charges, Amazon fees, CRUK commission (and ADJUST* of its later edition).
 * Postage (POST, DOT, C2) is a service and is judged like a product.
 */
export const RETAIL_ADJUSTMENT_CODES: ReadonlySet<string> = new Set(["M", "m", "D", "S", "B", "BANK CHARGES", "AMAZONFEE", "CRUK", "ADJUST", "ADJUST2"])

export type LineFlag = { index: number; codes: LineFlagCode[]; reason: string }

export type LineOutlierStats = {
  lines: number
  saleLines: number
  stockCodes: number
  /** Stock codes with at least `minLines` sale lines (their own baseline). */
  stockCodesWithBaseline: number
  globalMedianQuantity: number
  byCode: Record<LineFlagCode, number>
}

type Baseline = { n: number; q: number; qScale: number; p: number; pScale: number }

const fmt = (minor: number) => (minor / 100).toFixed(2)
const times = (r: number) => (r >= 1 ? `${r >= 100 ? r.toFixed(0) : r.toFixed(1)}×` : `1/${(1 / r).toFixed(1)} of`)

/**
 * Flags the lines of an order file that look wrong: adjustment codes, a unit price of zero or below, a quantity
 * far above that stock code's usual and a unit price far from it, both by a robust z-score on log values
 * (median and 1.4826 × MAD of the stock code's sale lines: a few huge lines cannot hide themselves by inflating
 * a standard deviation). Cancellations are judged by |quantity|. Two passes over the arrays, no I/O.
 */
export function flagRetailLines(lines: readonly RetailLineInput[], options: LineOutlierOptions = {}): { flags: LineFlag[]; stats: LineOutlierStats } {
  const o = { quantityZ: 6, priceZ: 6, minLines: 20, quantityMinScale: 0.5, priceMinScale: 0.25, adjustmentCodes: RETAIL_ADJUSTMENT_CODES, ...options }
  const isSale = (l: RetailLineInput) => !l.cancelled && l.quantity > 0 && l.unitPriceMinor > 0 && !o.adjustmentCodes.has(l.stockCode)
  // pass 1: log quantity and log price of sale lines per stock code
  const groups = new Map<string, { q: number[]; p: number[] }>()
  const allQ: number[] = []
  let saleLines = 0
  for (const l of lines) {
    if (!isSale(l)) continue
    saleLines++
    let g = groups.get(l.stockCode)
    if (!g) groups.set(l.stockCode, (g = { q: [], p: [] }))
    const lq = Math.log(l.quantity)
    g.q.push(lq)
    g.p.push(Math.log(l.unitPriceMinor))
    allQ.push(lq)
  }
  const center = (v: number[]) => {
    const c = medianInPlace(v)
    for (let i = 0; i < v.length; i++) v[i] = Math.abs(v[i] - c)
    return { c, s: MAD_TO_SIGMA * medianInPlace(v) }
  }
  const globalQ = allQ.length ? center(allQ) : { c: 0, s: 1 }
  const baselines = new Map<string, Baseline>()
  for (const [code, g] of groups) {
    if (g.q.length < o.minLines) continue
    const q = center(g.q)
    const p = center(g.p)
    baselines.set(code, { n: g.q.length, q: q.c, qScale: Math.max(q.s, o.quantityMinScale), p: p.c, pScale: Math.max(p.s, o.priceMinScale) })
  }
  const globalScale = Math.max(globalQ.s, o.quantityMinScale)
  const byCode: Record<LineFlagCode, number> = { adjustment: 0, price_not_positive: 0, quantity_outlier: 0, price_outlier: 0 }
  // pass 2: judge every line
  const flags: LineFlag[] = []
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]
    const codes: LineFlagCode[] = []
    const reasons: string[] = []
    const prefix = l.cancelled ? "cancellation of " : ""
    if (o.adjustmentCodes.has(l.stockCode)) {
      codes.push("adjustment")
      reasons.push(`stock code ${l.stockCode} is a money adjustment (manual, discount, fee, sample or bad debt), not goods`)
    } else {
      if (l.unitPriceMinor <= 0) {
        codes.push("price_not_positive")
        reasons.push(l.unitPriceMinor === 0 ? "unit price 0.00 (free, a stock write-off, or under half a penny)" : `unit price ${fmt(l.unitPriceMinor)} is negative`)
      }
      const b = baselines.get(l.stockCode)
      if (l.quantity !== 0) {
        const lq = Math.log(Math.abs(l.quantity))
        const z = b ? (lq - b.q) / b.qScale : (lq - globalQ.c) / globalScale
        if (z >= o.quantityZ) {
          const usual = Math.exp(b ? b.q : globalQ.c)
          codes.push("quantity_outlier")
          reasons.push(
            `${prefix}quantity ${Math.abs(l.quantity)} is ${times(Math.abs(l.quantity) / usual)} the usual ${+usual.toFixed(1)} ${b ? `of stock code ${l.stockCode} (robust z ${z.toFixed(1)} on log quantity over ${b.n} sale lines)` : `of all lines (robust z ${z.toFixed(1)} on log quantity; stock code ${l.stockCode} has under ${o.minLines} sale lines)`}`,
          )
        }
      }
      if (b && l.unitPriceMinor > 0) {
        const z = (Math.log(l.unitPriceMinor) - b.p) / b.pScale
        if (Math.abs(z) >= o.priceZ) {
          const usual = Math.exp(b.p)
          codes.push("price_outlier")
          reasons.push(`unit price ${fmt(l.unitPriceMinor)} is ${times(l.unitPriceMinor / usual)} the usual ${fmt(usual)} of stock code ${l.stockCode} (robust z ${z.toFixed(1)} on log price over ${b.n} sale lines)`)
        }
      }
    }
    if (!codes.length) continue
    for (const c of codes) byCode[c]++
    flags.push({ index: i, codes, reason: reasons.join("; ") })
  }
  return {
    flags,
    stats: {
      lines: lines.length,
      saleLines,
      stockCodes: groups.size,
      stockCodesWithBaseline: baselines.size,
      globalMedianQuantity: Math.exp(globalQ.c),
      byCode,
    },
  }
}
