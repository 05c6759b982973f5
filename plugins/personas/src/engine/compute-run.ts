import type { ClusterOptions } from "../lib/cluster/cluster-customers"
import type { MatchedCard, StoredCard } from "../lib/cluster/match-cards"
import type { OrderTable } from "../lib/orders/order-table"
import type { ViewFact } from "../lib/profile/category-affinity"
import { emptyProfileRow, personaToProfileRow, type ProfileRow } from "../lib/recompute/profile-row"
import { recomputePersonas, type PersonaModels } from "../lib/recompute/recompute-personas"
import { evaluateTrait, type TraitRecord } from "../lib/traits/evaluate-trait"
import { profilesToRecordJson } from "../modules/finesse-personas/store/profile-columns"
import type { TraitDefinition } from "../lib/traits/trait-definition"

export type ComputeInput = {
  table: OrderTable
  views: Map<string, ViewFact[]>
  records: Map<string, TraitRecord[]>
  traits: TraitDefinition[]
  asOf: number
  version: number
  previousCards: StoredCard[]
  utcOffsetMinutes?: number
  cluster?: ClusterOptions
  /** Clusters under this share of customers pick a persona name after the larger ones. */
  cardMinShare?: number
  /** Customers sampled to train the buy-again model per window. */
  trainingRows?: number
  /** Rows per serialised chunk (one upsert statement each). */
  chunkSize?: number
}

export type ComputeOutput = {
  /** Profile rows serialised for the upsert, when no onChunk took them as they were made. */
  chunks: string[]
  rows: number
  cards: MatchedCard[]
  models: PersonaModels
  /** Seconds per stage. */
  stages: Record<string, number>
}

/** Trait values of one customer (null values are kept: "no data" is a value rules can test with exists). */
export function traitValues(defs: readonly TraitDefinition[], records: readonly TraitRecord[] | undefined, now: number) {
  const out: Record<string, unknown> = {}
  for (const d of defs) out[d.key] = evaluateTrait(d, records ?? [], now)
  return out
}

/**
 * The CPU part of a recompute, with no I/O: lib's recompute, then one stored row per customer (buyers, plus
 * customers known only from trait records). Runs in a worker thread so the server keeps answering.
 */
export function computeRun(
  input: ComputeInput,
  onProgress?: (percent: number, message: string) => void,
  onChunk?: (json: string) => void
): ComputeOutput {
  const stages: Record<string, number> = {}
  let mark = performance.now()
  const lap = (name: string) => {
    const now = performance.now()
    stages[name] = Math.round(now - mark) / 1000
    mark = now
  }
  const run = recomputePersonas(input.table, {
    asOf: input.asOf,
    profile: { utcOffsetMinutes: input.utcOffsetMinutes ?? 0 },
    cluster: input.cluster,
    previousCards: input.previousCards,
    viewsOf: (id) => input.views.get(id),
    prediction: input.trainingRows ? { buyAgain: { maxTrainingRows: input.trainingRows } } : undefined,
    naming: { minShare: input.cardMinShare ?? 0 },
    onProgress,
  })
  lap("models")
  const chunkSize = input.chunkSize ?? 2500
  const chunks: string[] = []
  let pending: ProfileRow[] = []
  let rows = 0
  // handed over as soon as made: the caller writes while the rest is serialised, and nothing piles up here
  const flush = () => {
    const json = profilesToRecordJson(pending)
    pending = []
    if (onChunk) onChunk(json)
    else chunks.push(json)
  }
  const push = (row: ProfileRow) => {
    pending.push(row)
    rows++
    if (pending.length >= chunkSize) flush()
  }
  const scored = new Set<string>()
  for (const c of run.customers) {
    scored.add(c.customerId)
    push(
      personaToProfileRow(c, {
        version: input.version,
        computedAt: input.asOf,
        traits: input.traits.length ? traitValues(input.traits, input.records.get(c.customerId), input.asOf) : {},
      })
    )
  }
  if (input.traits.length) {
    for (const [id, records] of input.records) {
      if (scored.has(id)) continue
      push({ ...emptyProfileRow(id, input.asOf), traits: traitValues(input.traits, records, input.asOf) })
    }
  }
  if (pending.length) flush()
  lap("rows")
  return { chunks, rows, cards: run.cards, models: run.models, stages }
}
