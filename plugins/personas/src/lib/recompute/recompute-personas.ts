import { assignCluster, clusterRows, type ClusterModel, type ClusterOptions } from "../cluster/cluster-customers"
import { matchCards, type MatchedCard, type StoredCard } from "../cluster/match-cards"
import { buildPersonaCards, type CardNamingOptions } from "../cluster/persona-cards"
import { PERSONA_DIMENSION, personaRawRow, transformPersonaRow } from "../cluster/persona-features"
import type { OrderTable } from "../orders/order-table"
import type { ViewFact } from "../profile/category-affinity"
import { computeProfiles, type CustomerProfile, type ProfileOptions } from "../profile/customer-profile"
import { profileTags } from "../profile/profile-tags"
import { fitSpendLevels, spendLevel, type SpendLevel, type SpendLevelModel } from "../profile/spend-level"
import { fitPredictionModel, predictAll, type CustomerPrediction, type PredictionModel, type PredictionOptions } from "../predict/predict-customers"
import { fitRfm, scoreRfm, type RfmModel, type RfmScores } from "../rfm/rfm-score"
import { rfmSegment, type RfmSegment } from "../rfm/rfm-segment"

/** Everything the personas plugin stores per buying customer after a recompute. */
export type CustomerPersona = {
  customerId: string
  profile: CustomerProfile
  rfm: RfmScores & { segment: RfmSegment }
  spendLevel: SpendLevel
  tags: string[]
  prediction: CustomerPrediction
  cluster: number
  personaId: string
  personaName: string
}

/** The fitted models, plain JSON: keep them to score single customers between recomputes. */
export type PersonaModels = {
  asOf: number
  rfm: RfmModel
  spendLevels: SpendLevelModel
  prediction: PredictionModel
  cluster: ClusterModel
  /** Card id and name per cluster index of `cluster`. */
  personaOfCluster: { id: string; name: string }[]
  profileOptions: Omit<ProfileOptions, "asOf">
}

export type RecomputeOptions = {
  asOf: number
  profile?: Omit<ProfileOptions, "asOf">
  prediction?: PredictionOptions
  cluster?: ClusterOptions
  /** Cards of the previous run, for stable ids and names. */
  previousCards?: readonly StoredCard[]
  /** Distance (standard deviations) beyond which a cluster is a new persona. */
  matchThreshold?: number
  /** How archetype names are handed out (see buildPersonaCards). */
  naming?: CardNamingOptions
  viewsOf?: (customerId: string) => readonly ViewFact[] | undefined
  /** Called between stages with 0..100, for the job's progress bar. */
  onProgress?: (percent: number, message: string) => void
}

export type PersonaRun = { customers: CustomerPersona[]; cards: MatchedCard[]; models: PersonaModels }

/**
 * The full recompute over a store's orders as of a date: profiles, RFM, spend levels and tags, buy-again
 * and value predictions, clusters and persona cards matched to the previous run. Customers without an
 * order before `asOf` are left out (there is nothing to profile).
 */
export function recomputePersonas(table: OrderTable, options: RecomputeOptions): PersonaRun {
  const { asOf, onProgress } = options
  const profileOptions = { ...options.profile, asOf }
  onProgress?.(0, "profiles")
  const all = computeProfiles(table, profileOptions, options.viewsOf)
  const buyers: number[] = []
  all.forEach((p, c) => p.orderCount > 0 && buyers.push(c))
  if (buyers.length === 0) throw new RangeError("no customer has an order before the as-of date")
  const profiles = buyers.map((c) => all[c])
  const rfm = fitRfm(
    profiles.map((p) => p.recencyDays as number),
    profiles.map((p) => p.orderCount),
    profiles.map((p) => p.monetaryMinor),
  )
  const spendLevels = fitSpendLevels(profiles.map((p) => p.monetaryMinor))
  onProgress?.(20, "buy-again and value models")
  const prediction = fitPredictionModel(table, asOf, options.prediction)
  const predictions = predictAll(prediction, table, asOf)
  onProgress?.(60, "clusters")
  const d = PERSONA_DIMENSION
  const raw = new Float64Array(profiles.length * d)
  const x = new Float64Array(profiles.length * d)
  profiles.forEach((p, i) => {
    raw.set(personaRawRow(p), i * d)
    transformPersonaRow(raw.subarray(i * d, (i + 1) * d), x, i * d)
  })
  const { model: cluster, assignments } = clusterRows(x, profiles.length, d, options.cluster)
  const cards = matchCards(options.previousCards ?? [], buildPersonaCards(cluster, raw, assignments, options.naming), {
    scale: cluster.standardizer.sd,
    threshold: options.matchThreshold,
  })
  onProgress?.(90, "segments and tags")
  const customers = profiles.map((profile, i): CustomerPersona => {
    const scores = scoreRfm(profile.recencyDays as number, profile.orderCount, profile.monetaryMinor, rfm)
    const level = spendLevel(profile.monetaryMinor, spendLevels)
    const card = cards[assignments[i]]
    return {
      customerId: profile.customerId,
      profile,
      rfm: { ...scores, segment: rfmSegment(scores) },
      spendLevel: level,
      tags: profileTags(profile, { spendLevel: level }),
      prediction: predictions[buyers[i]] as CustomerPrediction,
      cluster: assignments[i],
      personaId: card.id,
      personaName: card.name,
    }
  })
  onProgress?.(100, "done")
  return {
    customers,
    cards,
    models: {
      asOf,
      rfm,
      spendLevels,
      prediction,
      cluster,
      personaOfCluster: cards.map((c) => ({ id: c.id, name: c.name })),
      profileOptions: options.profile ?? {},
    },
  }
}

/** The persona (cluster index, id, name) of one profile under stored models. */
export function personaOf(models: PersonaModels, profile: CustomerProfile): { cluster: number; id: string; name: string } {
  const cluster = assignCluster(models.cluster, transformPersonaRow(personaRawRow(profile)))
  return { cluster, ...models.personaOfCluster[cluster] }
}
