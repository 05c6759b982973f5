/**
 * Pairs cancellation lines with the purchase lines they cancel, for order files where a cancellation is its own
 * invoice (the UCI Online Retail layout: InvoiceNo "C536379" with a negative quantity) and does not say which
 * purchase it reverses. A cancellation matches purchases of the same customer and stock code made before it;
 * its units are allocated to those purchases most recent first (LIFO, the usual reading: people cancel what they
 * just ordered) or oldest first (FIFO), never cancelling more units of a purchase line than it had, counting the
 * units earlier cancellations already took. "Before" is (time, position in the file): a purchase in the same
 * minute counts when it comes first in the file.
 */
export type OrderLine = {
  invoice: string
  stockCode: string
  customerId: string | null
  /** Units: positive for a purchase, the cancelled units (positive) for a cancellation. */
  quantity: number
  time: number
  /** Position in the source (line number), the tie-breaker within a minute. */
  seq: number
}

export type MatchRow = {
  cancelInvoice: string
  stockCode: string
  customerId: string | null
  /** The purchase invoice these units came from; null for units no purchase accounts for. */
  matchedInvoice: string | null
  quantity: number
}

export type AllocationOrder = "lifo" | "fifo"

export type MatchSummary = {
  cancellationLines: number
  fullyMatchedLines: number
  partlyMatchedLines: number
  unmatchedLines: number
  cancelledUnits: number
  matchedUnits: number
  /** Unmatched units by cause. */
  unmatchedUnits: { noCustomer: number; noEarlierPurchase: number; exceedsPurchases: number }
}

type KeyPurchases = { invoice: string[]; time: number[]; seq: number[]; left: number[]; sorted: boolean }

/** Incremental matcher: feed purchases and cancellations in any order, then call match(). */
export class CancellationMatcher {
  private readonly purchases = new Map<string, KeyPurchases>()
  private readonly cancellations: OrderLine[] = []

  private static key(customerId: string, stockCode: string): string {
    return `${customerId}\u0000${stockCode}`
  }

  addPurchase(line: OrderLine): void {
    if (line.customerId === null || !(line.quantity > 0)) return
    const k = CancellationMatcher.key(line.customerId, line.stockCode)
    let p = this.purchases.get(k)
    if (!p) this.purchases.set(k, (p = { invoice: [], time: [], seq: [], left: [], sorted: true }))
    const n = p.time.length
    if (n > 0 && (line.time < p.time[n - 1] || (line.time === p.time[n - 1] && line.seq < p.seq[n - 1]))) p.sorted = false
    p.invoice.push(line.invoice)
    p.time.push(line.time)
    p.seq.push(line.seq)
    p.left.push(line.quantity)
  }

  addCancellation(line: OrderLine): void {
    if (!(line.quantity > 0)) throw new RangeError(`cancelled units must be positive, got ${line.quantity} (invoice ${line.invoice})`)
    this.cancellations.push(line)
  }

  /**
   * Allocates every cancellation (in time order) and returns, in the order the cancellations were added, each
   * one's rows, all rows, and the summary.
   */
  match(order: AllocationOrder = "lifo"): { results: CancellationResult[]; rows: MatchRow[]; summary: MatchSummary } {
    for (const p of this.purchases.values()) if (!p.sorted) sortPurchases(p)
    const byTime = this.cancellations.map((_, i) => i).sort((a, b) => {
      const x = this.cancellations[a]
      const y = this.cancellations[b]
      return x.time - y.time || x.seq - y.seq
    })
    const results: CancellationResult[] = new Array(this.cancellations.length)
    for (const i of byTime) {
      const c = this.cancellations[i]
      const rows: MatchRow[] = []
      const base = { cancelInvoice: c.invoice, stockCode: c.stockCode, customerId: c.customerId }
      let need = c.quantity
      let earlier = 0
      const p = c.customerId === null ? undefined : this.purchases.get(CancellationMatcher.key(c.customerId, c.stockCode))
      if (p) {
        // purchases strictly before the cancellation in (time, seq) order: indices [0, earlier)
        let lo = 0
        let hi = p.time.length
        while (lo < hi) {
          const mid = (lo + hi) >> 1
          if (p.time[mid] < c.time || (p.time[mid] === c.time && p.seq[mid] < c.seq)) lo = mid + 1
          else hi = mid
        }
        earlier = lo
        for (let s = 0; s < earlier && need > 0; s++) {
          const j = order === "lifo" ? earlier - 1 - s : s
          if (p.left[j] === 0) continue
          const take = Math.min(p.left[j], need)
          p.left[j] -= take
          need -= take
          rows.push({ ...base, matchedInvoice: p.invoice[j], quantity: take })
        }
      }
      if (need > 0) rows.push({ ...base, matchedInvoice: null, quantity: need })
      const cause: UnmatchedCause = need === 0 ? null : c.customerId === null ? "no_customer" : earlier === 0 ? "no_earlier_purchase" : "exceeds_purchases"
      results[i] = { cancellation: c, rows, matchedUnits: c.quantity - need, unmatchedUnits: need, cause }
    }
    return { results, rows: results.flatMap((r) => r.rows), summary: summarizeMatches(results) }
  }
}

/** Why some units of a cancellation matched no purchase (null when all matched). */
export type UnmatchedCause = "no_customer" | "no_earlier_purchase" | "exceeds_purchases" | null

export type CancellationResult = {
  cancellation: OrderLine
  rows: MatchRow[]
  matchedUnits: number
  unmatchedUnits: number
  cause: UnmatchedCause
}

/** Shares matched over all results, or over those a filter keeps (e.g. product lines only). */
export function summarizeMatches(results: readonly CancellationResult[], keep: (c: OrderLine) => boolean = () => true): MatchSummary {
  const s: MatchSummary = {
    cancellationLines: 0,
    fullyMatchedLines: 0,
    partlyMatchedLines: 0,
    unmatchedLines: 0,
    cancelledUnits: 0,
    matchedUnits: 0,
    unmatchedUnits: { noCustomer: 0, noEarlierPurchase: 0, exceedsPurchases: 0 },
  }
  for (const r of results) {
    if (!keep(r.cancellation)) continue
    s.cancellationLines++
    s.cancelledUnits += r.matchedUnits + r.unmatchedUnits
    s.matchedUnits += r.matchedUnits
    if (r.unmatchedUnits === 0) s.fullyMatchedLines++
    else if (r.matchedUnits > 0) s.partlyMatchedLines++
    else s.unmatchedLines++
    if (r.cause === "no_customer") s.unmatchedUnits.noCustomer += r.unmatchedUnits
    else if (r.cause === "no_earlier_purchase") s.unmatchedUnits.noEarlierPurchase += r.unmatchedUnits
    else if (r.cause === "exceeds_purchases") s.unmatchedUnits.exceedsPurchases += r.unmatchedUnits
  }
  return s
}

function sortPurchases(p: KeyPurchases): void {
  const idx = p.time.map((_, i) => i).sort((a, b) => p.time[a] - p.time[b] || p.seq[a] - p.seq[b])
  p.invoice = idx.map((i) => p.invoice[i])
  p.time = idx.map((i) => p.time[i])
  p.seq = idx.map((i) => p.seq[i])
  p.left = idx.map((i) => p.left[i])
  p.sorted = true
}

/** matchCancellations for lines already in memory. */
export function matchCancellations(purchases: Iterable<OrderLine>, cancellations: Iterable<OrderLine>, order: AllocationOrder = "lifo") {
  const m = new CancellationMatcher()
  for (const p of purchases) m.addPurchase(p)
  for (const c of cancellations) m.addCancellation(c)
  return m.match(order)
}
