import { orderTableFromFacts, type OrderFact } from "../orders/order-table"
import type { ViewFact } from "../profile/category-affinity"
import { computeCustomerProfile } from "../profile/customer-profile"
import { profileTags } from "../profile/profile-tags"
import { spendLevel } from "../profile/spend-level"
import { predictCustomer } from "../predict/predict-customers"
import { scoreRfm } from "../rfm/rfm-score"
import { rfmSegment } from "../rfm/rfm-segment"
import { personaOf, type CustomerPersona, type PersonaModels } from "./recompute-personas"

/**
 * The incremental path: one customer's persona row from their own orders under the models of the last
 * recompute (no refit), e.g. right after an order is placed. Cost is linear in that customer's orders;
 * null when they have no order before `now`.
 */
export function scoreCustomer(
  models: PersonaModels,
  customerId: string,
  orders: readonly OrderFact[],
  now: number,
  views?: readonly ViewFact[],
): CustomerPersona | null {
  const own = orders.filter((o) => o.customerId === customerId)
  const profile = computeCustomerProfile(customerId, own, { ...models.profileOptions, asOf: now }, views)
  if (profile.orderCount === 0) return null
  const table = orderTableFromFacts(own)
  const prediction = predictCustomer(models.prediction, table, 0, now)
  if (!prediction) return null
  const scores = scoreRfm(profile.recencyDays as number, profile.orderCount, profile.monetaryMinor, models.rfm)
  const level = spendLevel(profile.monetaryMinor, models.spendLevels)
  const persona = personaOf(models, profile)
  return {
    customerId,
    profile,
    rfm: { ...scores, segment: rfmSegment(scores) },
    spendLevel: level,
    tags: profileTags(profile, { spendLevel: level }),
    prediction,
    cluster: persona.cluster,
    personaId: persona.id,
    personaName: persona.name,
  }
}
