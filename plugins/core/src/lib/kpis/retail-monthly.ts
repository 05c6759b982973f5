/**
 * Monthly order KPIs over invoice lines in the Online Retail layout (one line per invoice and product;
 * cancellation invoices start with "C"). Feed lines in any order with `add`, then read `result()`.
 *
 * Definitions (UTC months, `YYYY-MM`):
 * - GMV: sum of quantity × unit price over non-cancelled lines with quantity > 0 and unit price > 0.
 * - A line counts towards an order only when it counts towards GMV; orders are the distinct non-cancelled
 *   invoices with at least one such line (a price-0 stock adjustment is not an order).
 * - customers: distinct customer ids with an order in the month; lines without a customer count for GMV and
 *   orders but for no customer metric.
 * - new customers: their first order in the whole input is in this month; returning: the others.
 * - repeat rate: customers with 2+ distinct orders in the month / customers in the month.
 * - cancellation rate: distinct cancellation invoices / distinct invoices of any kind in the month.
 */
export type OrderLineInput = {
  invoice: string
  quantity: number
  /** epoch ms */
  time: number
  unitPriceMinor: number
  customerId: string | null
  cancelled: boolean
}

export type RetailMonth = {
  month: string
  gmvMinor: number
  orders: number
  customers: number
  newCustomers: number
  returningCustomers: number
  repeatCustomers: number
  repeatRate: number | null
  invoices: number
  cancellations: number
  cancellationRate: number | null
}

export type RetailTotals = {
  gmvMinor: number
  orders: number
  customers: number
  invoices: number
  cancellations: number
}

type MonthState = {
  gmvMinor: number
  invoices: Set<string>
  cancellations: Set<string>
  orders: Set<string>
  /** customer id -> distinct orders in the month */
  customerOrders: Map<string, Set<string>>
}

const DAY_MS = 86_400_000

function monthIndexOf(time: number): number {
  const d = new Date(time)
  return d.getUTCFullYear() * 12 + d.getUTCMonth()
}

function monthLabel(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`
}

export class RetailMonthlyAggregator {
  private readonly months = new Map<number, MonthState>()
  private readonly firstOrderMonth = new Map<string, number>()
  // Lines of one invoice are usually adjacent: these caches skip most map and set work on the hot path.
  private lastDay = NaN
  private lastMonth = 0
  private lastState: MonthState | null = null
  private lastInvoice = ""
  private lastCustomer: string | null = null

  add(line: OrderLineInput): void {
    const day = Math.floor(line.time / DAY_MS)
    if (day !== this.lastDay || this.lastState === null) {
      this.lastDay = day
      this.lastMonth = monthIndexOf(line.time)
      let state = this.months.get(this.lastMonth)
      if (!state) {
        state = { gmvMinor: 0, invoices: new Set(), cancellations: new Set(), orders: new Set(), customerOrders: new Map() }
        this.months.set(this.lastMonth, state)
      }
      this.lastState = state
      this.lastInvoice = ""
    }
    const state = this.lastState
    state.invoices.add(line.invoice)
    if (line.cancelled) {
      state.cancellations.add(line.invoice)
      return
    }
    if (!(line.quantity > 0 && line.unitPriceMinor > 0)) return
    state.gmvMinor += line.quantity * line.unitPriceMinor
    if (line.invoice === this.lastInvoice && line.customerId === this.lastCustomer) return
    this.lastInvoice = line.invoice
    this.lastCustomer = line.customerId
    state.orders.add(line.invoice)
    if (line.customerId === null) return
    let orders = state.customerOrders.get(line.customerId)
    if (!orders) {
      orders = new Set()
      state.customerOrders.set(line.customerId, orders)
    }
    orders.add(line.invoice)
    const first = this.firstOrderMonth.get(line.customerId)
    if (first === undefined || this.lastMonth < first) this.firstOrderMonth.set(line.customerId, this.lastMonth)
  }

  /** One row per month from the first to the last month seen; months without lines appear as zeros. */
  result(): RetailMonth[] {
    if (this.months.size === 0) return []
    const indexes = [...this.months.keys()]
    const first = Math.min(...indexes)
    const last = Math.max(...indexes)
    const rows: RetailMonth[] = []
    for (let m = first; m <= last; m++) {
      const s = this.months.get(m)
      let customers = 0
      let newCustomers = 0
      let repeatCustomers = 0
      if (s) {
        for (const [customer, orders] of s.customerOrders) {
          customers++
          if (this.firstOrderMonth.get(customer) === m) newCustomers++
          if (orders.size >= 2) repeatCustomers++
        }
      }
      const invoices = s?.invoices.size ?? 0
      const cancellations = s?.cancellations.size ?? 0
      rows.push({
        month: monthLabel(m),
        gmvMinor: s?.gmvMinor ?? 0,
        orders: s?.orders.size ?? 0,
        customers,
        newCustomers,
        returningCustomers: customers - newCustomers,
        repeatCustomers,
        repeatRate: customers === 0 ? null : repeatCustomers / customers,
        invoices,
        cancellations,
        cancellationRate: invoices === 0 ? null : cancellations / invoices,
      })
    }
    return rows
  }

  /** Whole-input totals; an order or customer is counted once even when it spans months. */
  totals(): RetailTotals {
    const orders = new Set<string>()
    const invoices = new Set<string>()
    const cancellations = new Set<string>()
    let gmvMinor = 0
    for (const s of this.months.values()) {
      gmvMinor += s.gmvMinor
      for (const o of s.orders) orders.add(o)
      for (const i of s.invoices) invoices.add(i)
      for (const c of s.cancellations) cancellations.add(c)
    }
    return {
      gmvMinor,
      orders: orders.size,
      customers: this.firstOrderMonth.size,
      invoices: invoices.size,
      cancellations: cancellations.size,
    }
  }
}

/** Convenience for small inputs: aggregates all lines at once. */
export function monthlyRetailKpis(lines: Iterable<OrderLineInput>): RetailMonth[] {
  const agg = new RetailMonthlyAggregator()
  for (const line of lines) agg.add(line)
  return agg.result()
}
