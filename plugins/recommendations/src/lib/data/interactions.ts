import { Csr, csrFromTriplets } from "./csr"
import { IdIndex } from "./id-index"

/** What a shopper did with a product; purchases say the most, views the least. */
export type InteractionKind = "purchase" | "cart" | "view"

/** One behaviour event, as the core plugin's event store records it. `time` is epoch milliseconds. */
export type Interaction = {
  userId: string
  itemId: string
  kind: InteractionKind
  time: number
  /** Order (invoice) id for purchases: repurchase counts are per order, not per line. */
  orderId?: string
  quantity?: number
}

/** Default strength of each kind of event (a view is a weak, noisy signal of interest). */
export const DEFAULT_KIND_WEIGHTS: Readonly<Record<InteractionKind, number>> = { purchase: 1, cart: 0.5, view: 0.1 }

export const DAY_MS = 86_400_000

export type InteractionMatrixOptions = {
  /** Kinds to keep and their weights; kinds not listed are dropped. Default: DEFAULT_KIND_WEIGHTS. */
  kindWeights?: Partial<Record<InteractionKind, number>>
  /** With a half-life, an event of age a counts weight · 0.5^(a / halfLife): tastes drift, last season counts less. */
  halfLifeDays?: number
  /** Reference time for the decay (required with halfLifeDays); events after `now` are ignored. */
  now?: number
  /** "max" (default): the strongest single signal per user and item, i.e. a binary matrix without decay.
   *  "sum": repeated events add up (counts). */
  combine?: "max" | "sum"
  /** Reuse existing indices (e.g. serving a trained model); unknown ids are then dropped instead of added. */
  users?: IdIndex
  items?: IdIndex
}

export type InteractionMatrix = { users: IdIndex; items: IdIndex; matrix: Csr }

/** Builds the user × item matrix that every collaborative model trains on. */
export function buildInteractionMatrix(events: readonly Interaction[], options: InteractionMatrixOptions = {}): InteractionMatrix {
  const weights = options.kindWeights ?? DEFAULT_KIND_WEIGHTS
  if (options.halfLifeDays !== undefined && options.now === undefined) throw new Error("halfLifeDays needs now")
  const fixedUsers = options.users !== undefined
  const fixedItems = options.items !== undefined
  const kept = events.filter(
    (e) =>
      weights[e.kind] !== undefined &&
      (options.now === undefined || e.time <= options.now) &&
      (!fixedUsers || options.users!.has(e.userId)) &&
      (!fixedItems || options.items!.has(e.itemId))
  )
  const users = options.users ?? IdIndex.sorted(kept.map((e) => e.userId))
  const items = options.items ?? IdIndex.sorted(kept.map((e) => e.itemId))
  const r = new Int32Array(kept.length)
  const c = new Int32Array(kept.length)
  const v = new Float64Array(kept.length)
  kept.forEach((e, t) => {
    r[t] = users.indexOf(e.userId)
    c[t] = items.indexOf(e.itemId)
    const decay = options.halfLifeDays ? Math.pow(0.5, (options.now! - e.time) / DAY_MS / options.halfLifeDays) : 1
    v[t] = (weights[e.kind] ?? 0) * decay
  })
  return { users, items, matrix: csrFromTriplets(users.size, items.size, r, c, v, options.combine ?? "max") }
}
