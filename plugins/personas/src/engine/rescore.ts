import type { MedusaContainer } from "@medusajs/framework/types"
import { DAY_MS } from "../lib/orders/order-table"
import { emptyProfileRow, personaToProfileRow, type ProfileRow } from "../lib/recompute/profile-row"
import { scoreCustomer } from "../lib/recompute/score-customer"
import { FINESSE_PERSONAS_MODULE } from "../modules/finesse-personas"
import type FinessePersonasModuleService from "../modules/finesse-personas/service"
import { FINESSE_DATA_MODULE, type FactsReadApi } from "../facts/read-api"
import { readCustomerFacts, traitNeeds } from "../facts/read-facts"
import { traitValues } from "./compute-run"
import { applyCustomerMemberships, type SegmentRecord } from "./segments"

export type RescoreResult = {
  /** The stored model version used (null: no recompute yet, nothing scored). */
  version: number | null
  updated: string[]
  cleared: string[]
  /** Profiles before the update, for the workflow's compensation. */
  previous: ProfileRow[]
  /** Segments whose membership changed, with who entered and left. */
  segments: { segment_id: string; entered: string[]; left: string[]; auto_sync: boolean }[]
}

/**
 * The incremental update after an order: each customer's profile from their own facts under the latest stored
 * models (no refit; lib scoreCustomer), then their segment memberships. Cost is a handful of indexed reads per
 * customer, so it runs within a second of the order event.
 */
export async function rescoreCustomers(container: MedusaContainer, customerIds: readonly string[], now = new Date()): Promise<RescoreResult> {
  const personas = container.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)
  const ids = [...new Set(customerIds.filter(Boolean))]
  const defs = await personas.definitions()
  const model = defs.model
  if (!model || !ids.length) return { version: model?.version ?? null, updated: [], cleared: [], previous: [], segments: [] }
  const data = container.resolve<FactsReadApi>(FINESSE_DATA_MODULE)
  const options = personas.options()
  const t = now.getTime()
  const needs = traitNeeds(defs.traits, t)
  const viewSince = new Date(t - (options.viewWindowDays ?? 180) * DAY_MS)
  // every read at once: stored rows (for survey answers and compensation), memberships, each customer's facts
  const [previous, memberships, facts] = await Promise.all([
    personas.getProfiles(ids),
    defs.segments.length ? personas.segmentIdsOfMany(ids) : Promise.resolve(new Map<string, Set<string>>()),
    Promise.all(ids.map((id) => readCustomerFacts(data, id, { asOf: now, viewSince, traits: needs }))),
  ])
  const before = new Map(previous.map((p) => [p.customer_id, p]))
  const rows: ProfileRow[] = []
  const cleared: string[] = []
  ids.forEach((id, i) => {
    const scored = scoreCustomer(model.models, id, facts[i].orders, t, facts[i].views)
    if (!scored) return void cleared.push(id)
    rows.push(
      personaToProfileRow(scored, {
        version: model.version,
        computedAt: t,
        traits: defs.traits.length ? traitValues(defs.traits, facts[i].records, t) : {},
        // the upsert keeps stored answers; carried here so segment rules on answers see them
        surveyAnswers: before.get(id)?.survey_answers ?? {},
      })
    )
  })
  // a customer left without orders keeps a row only for their survey answers (see clearProfile)
  const remaining = cleared
    .map((id) => before.get(id))
    .filter((p): p is ProfileRow => !!p && Object.keys(p.survey_answers ?? {}).length > 0)
    .map((p) => ({ ...emptyProfileRow(p.customer_id, t), survey_answers: p.survey_answers, traits: p.traits }))
  // the profile write and the membership writes are independent
  const [, changed] = await Promise.all([
    (async () => {
      if (rows.length) await personas.upsertProfiles(rows, { keepSurveyAnswers: true })
      for (const id of cleared) await personas.clearProfile(id)
    })(),
    applyCustomerMemberships(
      personas,
      ids,
      [...rows, ...remaining],
      { segments: defs.segments as SegmentRecord[], catalogue: defs.catalogue },
      t,
      memberships
    ),
  ])
  return {
    version: model.version,
    updated: rows.map((r) => r.customer_id),
    cleared,
    previous,
    segments: changed.map((c) => ({
      segment_id: c.segment.id,
      entered: c.entered,
      left: c.left,
      auto_sync: c.segment.sync_enabled && c.segment.auto_sync,
    })),
  }
}
