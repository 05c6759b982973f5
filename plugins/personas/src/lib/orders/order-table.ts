/**
 * Orders as the persona algorithms read them: one fact per order, stored column-wise.
 * Why columns: a recompute covers ~1,000,000 orders; typed arrays keep that near 40 MB and let every
 * per-customer pass run over contiguous memory instead of a million small objects.
 */

export const DAY_MS = 86_400_000

/** One order of one customer, as the Medusa glue or the CLI hands it over. */
export type OrderFact = {
  customerId: string
  /** Order time, epoch milliseconds. */
  time: number
  /** Net merchandise amount in integer minor units (after discounts, before tax and shipping). */
  netMinor: number
  /** Units bought (sum of line quantities). */
  itemCount: number
  /** Discount granted on the order in integer minor units; 0 or absent when none. */
  discountMinor?: number
  /** Product id of each line (one entry per line, repeats allowed); its length is the line count. */
  productIds?: readonly string[]
  /** Category ids touched by the order's lines (repeats allowed: a category on two lines weighs twice). */
  categoryIds?: readonly string[]
}

/**
 * Orders grouped by customer (customers in ascending id order, each customer's orders in time order).
 * Orders of customer c are rows offsets[c] .. offsets[c + 1] - 1.
 */
export type OrderTable = {
  customerIds: string[]
  offsets: Int32Array
  time: Float64Array
  netMinor: Float64Array
  itemCount: Float64Array
  discountMinor: Float64Array
  /** Products of order o: productIndex[productOffsets[o] .. productOffsets[o + 1] - 1], indices into `products`. */
  productOffsets: Int32Array
  productIndex: Int32Array
  products: string[]
  /** Categories of order o, same layout as products. */
  categoryOffsets: Int32Array
  categoryIndex: Int32Array
  categories: string[]
}

class Growable {
  data: Float64Array
  length = 0
  constructor(capacity = 1024) {
    this.data = new Float64Array(capacity)
  }
  push(v: number) {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2)
      next.set(this.data)
      this.data = next
    }
    this.data[this.length++] = v
  }
}

class GrowableInt {
  data: Int32Array
  length = 0
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity)
  }
  push(v: number) {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2)
      next.set(this.data)
      this.data = next
    }
    this.data[this.length++] = v
  }
}

function interner() {
  const index = new Map<string, number>()
  const names: string[] = []
  return {
    names,
    id(name: string): number {
      let i = index.get(name)
      if (i === undefined) {
        i = names.length
        index.set(name, i)
        names.push(name)
      }
      return i
    },
  }
}

export type OrderTableBuilder = {
  add(order: OrderFact): void
  /** Number of orders added so far. */
  readonly size: number
  build(): OrderTable
}

/** Collects orders in any order (e.g. streamed from Postgres or a CSV) and builds the grouped table. */
export function createOrderTableBuilder(): OrderTableBuilder {
  const customers = interner()
  const products = interner()
  const categories = interner()
  const customer = new GrowableInt()
  const time = new Growable()
  const net = new Growable()
  const items = new Growable()
  const discount = new Growable()
  const productStart = new GrowableInt()
  const productIdx = new GrowableInt()
  const categoryStart = new GrowableInt()
  const categoryIdx = new GrowableInt()
  return {
    get size() {
      return customer.length
    },
    add(o: OrderFact) {
      customer.push(customers.id(o.customerId))
      time.push(o.time)
      net.push(o.netMinor)
      items.push(o.itemCount)
      discount.push(o.discountMinor ?? 0)
      productStart.push(productIdx.length)
      if (o.productIds) for (const p of o.productIds) productIdx.push(products.id(p))
      categoryStart.push(categoryIdx.length)
      if (o.categoryIds) for (const c of o.categoryIds) categoryIdx.push(categories.id(c))
    },
    build(): OrderTable {
      const n = customer.length
      const nc = customers.names.length
      // customers in ascending id order, so output order never depends on arrival order
      const byId = Array.from({ length: nc }, (_, i) => i).sort((a, b) =>
        customers.names[a] < customers.names[b] ? -1 : customers.names[a] > customers.names[b] ? 1 : 0,
      )
      const rank = new Int32Array(nc)
      byId.forEach((c, r) => (rank[c] = r))
      const offsets = new Int32Array(nc + 1)
      for (let i = 0; i < n; i++) offsets[rank[customer.data[i]] + 1]++
      for (let c = 0; c < nc; c++) offsets[c + 1] += offsets[c]
      const fill = offsets.slice(0, nc)
      const rowOf = new Int32Array(n) // row in the table -> insertion index
      for (let i = 0; i < n; i++) rowOf[fill[rank[customer.data[i]]]++] = i
      // time order within each customer; ties keep insertion order (stable sort)
      for (let c = 0; c < nc; c++) {
        const a = offsets[c]
        const b = offsets[c + 1]
        let sorted = true
        for (let r = a + 1; r < b && sorted; r++) sorted = time.data[rowOf[r - 1]] <= time.data[rowOf[r]]
        if (!sorted) {
          const part = Array.from(rowOf.subarray(a, b)).sort((x, y) => time.data[x] - time.data[y] || x - y)
          rowOf.set(part, a)
        }
      }
      const t = new Float64Array(n)
      const nm = new Float64Array(n)
      const it = new Float64Array(n)
      const dm = new Float64Array(n)
      const pOff = new Int32Array(n + 1)
      const cOff = new Int32Array(n + 1)
      const pEnd = (i: number) => (i + 1 < n ? productStart.data[i + 1] : productIdx.length)
      const cEnd = (i: number) => (i + 1 < n ? categoryStart.data[i + 1] : categoryIdx.length)
      for (let r = 0; r < n; r++) {
        const i = rowOf[r]
        t[r] = time.data[i]
        nm[r] = net.data[i]
        it[r] = items.data[i]
        dm[r] = discount.data[i]
        pOff[r + 1] = pOff[r] + (pEnd(i) - productStart.data[i])
        cOff[r + 1] = cOff[r] + (cEnd(i) - categoryStart.data[i])
      }
      const pIdx = new Int32Array(pOff[n])
      const cIdx = new Int32Array(cOff[n])
      for (let r = 0; r < n; r++) {
        const i = rowOf[r]
        pIdx.set(productIdx.data.subarray(productStart.data[i], pEnd(i)), pOff[r])
        cIdx.set(categoryIdx.data.subarray(categoryStart.data[i], cEnd(i)), cOff[r])
      }
      return {
        customerIds: byId.map((c) => customers.names[c]),
        offsets,
        time: t,
        netMinor: nm,
        itemCount: it,
        discountMinor: dm,
        productOffsets: pOff,
        productIndex: pIdx,
        products: products.names,
        categoryOffsets: cOff,
        categoryIndex: cIdx,
        categories: categories.names,
      }
    },
  }
}

/** Builds a table from an array of facts (tests, single-customer updates). */
export function orderTableFromFacts(orders: readonly OrderFact[]): OrderTable {
  const b = createOrderTableBuilder()
  for (const o of orders) b.add(o)
  return b.build()
}

/**
 * End (exclusive) of customer c's orders placed strictly before `t`: rows offsets[c] .. end - 1.
 * Binary search, so evaluating a customer "as of" several dates costs O(log n) each.
 */
export function rowsBefore(table: OrderTable, c: number, t: number): number {
  let lo = table.offsets[c]
  let hi = table.offsets[c + 1]
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (table.time[mid] < t) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Index of a customer id in the table, or -1 (binary search: ids are sorted). */
export function customerIndex(table: OrderTable, customerId: string): number {
  let lo = 0
  let hi = table.customerIds.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const v = table.customerIds[mid]
    if (v === customerId) return mid
    if (v < customerId) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}
