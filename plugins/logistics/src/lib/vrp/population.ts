// Population management of HGS (Vidal et al. 2012/2013; Vidal 2022 HGS-CVRP `Population`): a feasible and an
// infeasible subpopulation, each grown to minSize + generationSize and then cut back to minSize by removing clones
// first and then the worst biased fitness, which ranks cost and contribution to diversity (mean broken-pairs
// distance to the nbClose nearest members); parents are picked by binary tournament on that fitness.
import { brokenPairs, penalisedCost, type Individual } from "./individual"
import type { Rng } from "./rng"

export interface PopulationParams {
  minSize: number
  generationSize: number
  nbElite: number
  nbClose: number
}

export const DEFAULT_POPULATION: PopulationParams = { minSize: 25, generationSize: 40, nbElite: 4, nbClose: 5 }

export class Population {
  readonly feasible: Individual[] = []
  readonly infeasible: Individual[] = []
  wQ = 1
  wTW = 1

  constructor(
    private readonly n: number,
    private readonly rng: Rng,
    private readonly params: PopulationParams = DEFAULT_POPULATION,
  ) {}

  get size(): number {
    return this.feasible.length + this.infeasible.length
  }

  add(ind: Individual): void {
    const sub = ind.feasible ? this.feasible : this.infeasible
    for (const other of sub) {
      const d = brokenPairs(ind, other, this.n)
      insertNear(ind, d, other)
      insertNear(other, d, ind)
    }
    sub.push(ind)
    if (sub.length > this.params.minSize + this.params.generationSize) {
      while (sub.length > this.params.minSize) this.removeWorst(sub)
    }
  }

  private cost(ind: Individual): number {
    return penalisedCost(ind, this.wQ, this.wTW)
  }

  updateFitness(sub: Individual[]): void {
    const m = sub.length
    if (m === 0) return
    if (m === 1) {
      sub[0].fitness = 0
      return
    }
    const byCost = sub.map((_, k) => k).sort((a, b) => this.cost(sub[a]) - this.cost(sub[b]))
    const div = sub.map((ind) => -this.meanClose(ind))
    const divRank = new Float64Array(m)
    const byDiv = sub.map((_, k) => k).sort((a, b) => div[a] - div[b])
    byDiv.forEach((k, rank) => (divRank[k] = rank / (m - 1)))
    const eliteWeight = 1 - this.params.nbElite / m
    byCost.forEach((k, rank) => {
      sub[k].fitness = rank / (m - 1) + eliteWeight * divRank[k]
    })
  }

  private meanClose(ind: Individual): number {
    const k = Math.min(this.params.nbClose, ind.near.length)
    if (k === 0) return 0
    let s = 0
    for (let t = 0; t < k; t++) s += ind.near[t].d
    return s / k
  }

  private removeWorst(sub: Individual[]): void {
    this.updateFitness(sub)
    let worst = -1
    let worstFit = -Infinity
    let worstClone = false
    for (let k = 0; k < sub.length; k++) {
      const clone = sub[k].near.length > 0 && sub[k].near[0].d < 1e-9
      if ((clone && !worstClone) || (clone === worstClone && sub[k].fitness > worstFit)) {
        worst = k
        worstFit = sub[k].fitness
        worstClone = clone
      }
    }
    const gone = sub[worst]
    sub.splice(worst, 1)
    for (const other of sub) {
      const idx = other.near.findIndex((e) => e.other === gone)
      if (idx >= 0) other.near.splice(idx, 1)
    }
  }

  /** Binary tournament over both subpopulations on the biased fitness. */
  select(): Individual {
    this.updateFitness(this.feasible)
    this.updateFitness(this.infeasible)
    const total = this.size
    const pick = () => {
      const k = this.rng.int(total)
      return k < this.feasible.length ? this.feasible[k] : this.infeasible[k - this.feasible.length]
    }
    const a = pick()
    const b = pick()
    return a.fitness < b.fitness ? a : b
  }

  /** Two parents, retrying a few times to get two different ones. */
  selectParents(): [Individual, Individual] {
    const a = this.select()
    let b = this.select()
    for (let t = 0; t < 10 && b === a && this.size > 1; t++) b = this.select()
    return [a, b]
  }

  clear(): void {
    this.feasible.length = 0
    this.infeasible.length = 0
  }
}

function insertNear(ind: Individual, d: number, other: Individual): void {
  const list = ind.near
  let k = list.length
  list.push({ d, other })
  while (k > 0 && list[k - 1].d > d) {
    list[k] = list[k - 1]
    k--
  }
  list[k] = { d, other }
}
