import { Csr, gramMatrix } from "../data/csr"
import { spdInverseInPlace } from "../linalg/spd-inverse"
import { NeighbourList, neighboursFromRows, NeighbourListJson, serialiseNeighbours, deserialiseNeighbours } from "./neighbour-list"

/**
 * EASE (Steck 2019, "Embarrassingly Shallow Autoencoders"): item-item weights B = I − P·diag(1/diag P) with
 * P = (XᵀX + λI)⁻¹ and diag(B) = 0. A closed form, no sampling or epochs, so training is deterministic.
 * On Online Retail (protocol R) it beat item-kNN, RP3beta and implicit ALS; see the benchmark notes in the CLI.
 */
export type EaseParams = {
  /** L2 penalty on B; larger λ shrinks rare items' weights. 150–300 on Online Retail (chosen on a train-only split). */
  lambda: number
}

export type EaseModel = {
  items: string[]
  lambda: number
  /** Dense n × n, row-major: weights[i·n + j] = how much having item i raises item j. */
  weights: Float32Array
}

export const EASE_KIND = "ease"
export const EASE_VERSION = 1

/**
 * Trains EASE on a users × items matrix (binary, or decayed weights from buildInteractionMatrix).
 * Cost: n³/2 multiply-adds and 3 n² doubles of memory for n items (3,700 items: ~20 s, ~350 MB).
 */
export function trainEase(x: Csr, items: string[], params: EaseParams): EaseModel {
  if (items.length !== x.cols) throw new Error(`${items.length} item ids for ${x.cols} columns`)
  if (!(params.lambda > 0)) throw new Error("lambda must be > 0")
  const n = x.cols
  const p = gramMatrix(x)
  for (let i = 0; i < n; i++) p[i * n + i] += params.lambda
  spdInverseInPlace(p, n)
  const weights = new Float32Array(n * n)
  for (let j = 0; j < n; j++) {
    const d = p[j * n + j]
    // B[i][j] = −P[i][j] / P[j][j]; P is symmetric so read row j (contiguous) and scatter into column j
    for (let i = 0; i < n; i++) weights[i * n + j] = i === j ? 0 : -p[j * n + i] / d
  }
  return { items, lambda: params.lambda, weights }
}

/** Scores every item for one user profile (item indices and weights, e.g. a CSR row of the training matrix). */
export function easeScores(model: EaseModel, indices: ArrayLike<number>, values: ArrayLike<number>): Float64Array {
  const n = model.items.length
  const out = new Float64Array(n)
  for (let t = 0; t < indices.length; t++) {
    const row = indices[t] * n
    const w = values[t]
    for (let j = 0; j < n; j++) out[j] += w * model.weights[row + j]
  }
  return out
}

/**
 * Keeps each item's topN strongest outgoing weights: the form to store and serve (dense B for 4,000 items is 64 MB;
 * top-100 is 3 MB). Scoring the pruned list with scoreProfile approximates easeScores.
 */
export function pruneEase(model: EaseModel, topN: number): NeighbourList {
  const n = model.items.length
  return neighboursFromRows(model.items, (i, out) => {
    for (let j = 0; j < n; j++) out[j] = model.weights[i * n + j]
  }, topN)
}

export function serialiseEase(model: EaseModel, topN = 100): NeighbourListJson {
  return serialiseNeighbours(pruneEase(model, topN), EASE_KIND, EASE_VERSION, { lambda: model.lambda, topN })
}

export function loadEase(json: NeighbourListJson): NeighbourList {
  return deserialiseNeighbours(json, EASE_KIND, EASE_VERSION)
}
