import { API_PLACEMENTS, PLACEMENT_CODES, type ApiPlacement } from "./placements"
import { strategyByCode, strategyByShort } from "./strategies"

/**
 * A recommendation id names one served list (Recombee's recommId). Everything attribution and experiment reports
 * need is in the id itself, so serving writes nothing per request and any process can decode it:
 *
 *   rec_<time base36><random>.<placement code>.<strategy short>.v<model version>[.e<experiment number><a|b>]
 *
 * e.g. `rec_lz1k2m3xq9f0a1.sim.b.v12` or `rec_….fy.c.v12.e3b`. A forged id only pollutes the forger's own figures.
 */
export type RecommendationIdParts = {
  placement: ApiPlacement
  strategy: string
  /** 0 when nothing was trained yet (cold start). */
  modelVersion: number
  experiment: { number: number; variant: "a" | "b" } | null
}

const PLACEMENT_BY_CODE = new Map(API_PLACEMENTS.map((p) => [PLACEMENT_CODES[p], p]))

export function encodeRecommendationId(parts: RecommendationIdParts, time: number, random: string): string {
  if (!/^[a-z0-9]{4,16}$/.test(random)) throw new Error("random part must be 4–16 lower-case letters or digits")
  const strategy = strategyByCode(parts.strategy)?.short
  if (!strategy) throw new Error(`unknown strategy ${parts.strategy}`)
  const head = `rec_${Math.max(0, Math.floor(time)).toString(36)}${random}`
  const exp = parts.experiment ? `.e${parts.experiment.number}${parts.experiment.variant}` : ""
  return `${head}.${PLACEMENT_CODES[parts.placement]}.${strategy}.v${parts.modelVersion}${exp}`
}

const ID_RE = /^rec_[a-z0-9]{5,40}\.([a-z]+)\.([a-z])\.v(\d+)(?:\.e(\d+)([ab]))?$/

/** The parts of a recommendation id, or null when it is not one of ours (or was mangled). */
export function decodeRecommendationId(id: string): RecommendationIdParts | null {
  const m = ID_RE.exec(id)
  if (!m) return null
  const placement = PLACEMENT_BY_CODE.get(m[1])
  const strategy = strategyByShort(m[2])
  if (!placement || !strategy) return null
  return {
    placement,
    strategy: strategy.code,
    modelVersion: Number(m[3]),
    experiment: m[4] ? { number: Number(m[4]), variant: m[5] as "a" | "b" } : null,
  }
}
