import { holdoutCases, HoldoutProtocol } from "../lib/eval/holdout"
import { evaluateRankings, RankingMetrics } from "../lib/eval/metrics"
import { ForYouModel, recommendForYou } from "../lib/models/for-you"
import type { Purchase } from "../lib/data/purchase-history"
import { readPurchases } from "./read-purchases"

/** Protocol R: rank for every customer with a train and a test purchase, compare with what they bought in test. */
export async function evaluateHoldout(
  model: ForYouModel,
  train: readonly Purchase[],
  testFile: string,
  protocol: HoldoutProtocol,
  k: number
): Promise<RankingMetrics> {
  const test = await readPurchases(testFile)
  const cases = holdoutCases(train, test.purchases, protocol)
  return evaluateRankings(
    cases.map((c) => ({
      ranked: recommendForYou(model, c.userId, k, { excludeBought: protocol === "new" }).map((r) => r.itemId),
      truth: c.truth,
    })),
    k
  )
}
