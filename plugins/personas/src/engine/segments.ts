import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { ProfileRow } from "../lib/recompute/profile-row"
import { catalogueOf, fieldInfos, profileFieldReader, type FieldInfo, type SurveyQuestionType, type TraitValueType } from "../lib/segments/profile-fields"
import type { FieldCatalogue, RuleNode } from "../lib/segments/rule-types"
import { segmentMembership, validateSegment, type SegmentDefinition } from "../lib/segments/segment-membership"
import { FINESSE_PERSONAS_MODULE } from "../modules/finesse-personas"
import type FinessePersonasModuleService from "../modules/finesse-personas/service"

type Personas = FinessePersonasModuleService

export type SegmentRecord = {
  id: string
  name: string
  rules: unknown
  score: unknown
  sync_enabled: boolean
  auto_sync: boolean
  customer_group_id: string | null
}

const ALL = { take: null as unknown as number }

/** Every field a rule may use now: profile fields, the defined traits and the questions of every survey. */
export async function loadFields(personas: Personas): Promise<FieldInfo[]> {
  const [traits, surveys, questions] = await Promise.all([
    personas.listFinessePersonaTraits({}, ALL),
    personas.listFinessePersonaSurveys({}, ALL),
    personas.listFinessePersonaSurveyQuestions({}, { ...ALL, order: { position: "ASC" } }),
  ])
  return fieldInfos(
    traits.map((t) => ({ key: t.key, name: t.name, value_type: t.value_type as TraitValueType })),
    surveys.map((s) => ({
      key: s.key,
      title: s.title,
      questions: questions
        .filter((q) => q.survey_id === s.id)
        .map((q) => ({ key: q.key, type: q.type as SurveyQuestionType, prompt: q.prompt, options: (q.options as string[] | null) ?? null })),
    }))
  )
}

export async function loadCatalogue(personas: Personas): Promise<FieldCatalogue> {
  return catalogueOf(await loadFields(personas))
}

export function definitionOf(s: Pick<SegmentRecord, "rules" | "score">): SegmentDefinition {
  return { rules: s.rules as RuleNode, ...(s.score ? { score: s.score as SegmentDefinition["score"] } : {}) }
}

/** 400 naming every bad rule by path, e.g. `rules.any[1].value: expected a number`. */
export function assertValidSegment(def: { rules: unknown; score?: unknown }, catalogue: FieldCatalogue) {
  const errors = validateSegment({ rules: def.rules, ...(def.score ? { score: def.score } : {}) }, catalogue)
  if (errors.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid segment: ${errors
        .slice(0, 10)
        .map((e) => `${e.path}: ${e.message}`)
        .join("; ")}`
    )
  }
}

/** Walks every stored profile once, in customer id order. */
async function forEachProfile(personas: Personas, fn: (row: ProfileRow) => void) {
  let after: string | null = null
  for (;;) {
    const page = await personas.pageProfiles(after, 5000)
    if (!page.length) return
    for (const row of page) fn(row)
    after = page[page.length - 1].customer_id
  }
}

const scoreOf = (def: SegmentDefinition, row: ProfileRow): number | null => {
  if (!def.score) return null
  const v = profileFieldReader(row)(def.score.field)
  return typeof v === "number" ? v : null
}

export type MembershipPlan = {
  segment_id: string
  /** Customer id → score (null without a score gate). */
  members: Map<string, number | null>
  enter: { customer_id: string; score: number | null }[]
  leave: string[]
  scores: { customer_id: string; score: number | null }[]
}

/**
 * Membership of several segments from one pass over the profiles: the rules must hold and, with a score band,
 * hysteresis decides (previous members stay until the score drops below exit).
 */
export async function planMemberships(
  personas: Personas,
  segments: readonly SegmentRecord[],
  now: number,
  catalogue?: FieldCatalogue
): Promise<MembershipPlan[]> {
  const cat = catalogue ?? (await loadCatalogue(personas))
  const defs = segments.map(definitionOf)
  const previous = await Promise.all(segments.map((s) => personas.membersOf(s.id)))
  const members = segments.map(() => new Map<string, number | null>())
  await forEachProfile(personas, (row) => {
    const read = profileFieldReader(row)
    defs.forEach((def, i) => {
      if (segmentMembership(def, read, cat, now, previous[i].has(row.customer_id))) members[i].set(row.customer_id, scoreOf(def, row))
    })
  })
  return segments.map((s, i) => {
    const before = previous[i]
    const after = members[i]
    const enter: MembershipPlan["enter"] = []
    const scores: MembershipPlan["scores"] = []
    for (const [id, score] of after) {
      const was = before.get(id)
      if (!was) enter.push({ customer_id: id, score })
      else if (defs[i].score && was.score !== score) scores.push({ customer_id: id, score })
    }
    const leave = [...before.keys()].filter((id) => !after.has(id))
    return { segment_id: s.id, members: after, enter, leave, scores }
  })
}

/** Re-evaluates segments (all by default) and stores their membership; returns what changed per segment. */
export async function refreshSegments(container: MedusaContainer, opts: { segmentIds?: string[]; now?: number } = {}) {
  const personas = container.resolve<Personas>(FINESSE_PERSONAS_MODULE)
  const filter = opts.segmentIds ? { id: opts.segmentIds } : {}
  const segments = (await personas.listFinessePersonaSegments(filter, ALL)) as unknown as SegmentRecord[]
  const now = opts.now ?? Date.now()
  const plans = await planMemberships(personas, segments, now)
  const at = new Date(now)
  for (const p of plans) await personas.applyMembership(p.segment_id, { enter: p.enter, leave: p.leave, scores: p.scores }, at)
  return segments.map((s, i) => ({
    segment_id: s.id,
    members: plans[i].members.size,
    entered: plans[i].enter.length,
    left: plans[i].leave.length,
    auto_sync: s.sync_enabled && s.auto_sync,
  }))
}

/** Count, sample and breakdown of who a (possibly unsaved) segment would hold now. */
export async function previewSegment(
  personas: Personas,
  def: { rules: unknown; score?: unknown },
  opts: { segmentId?: string; sample: number; now?: number }
) {
  const catalogue = await loadCatalogue(personas)
  assertValidSegment(def, catalogue)
  const d = definitionOf({ rules: def.rules, score: def.score ?? null })
  const now = opts.now ?? Date.now()
  const previous = opts.segmentId ? await personas.membersOf(opts.segmentId) : new Map()
  let count = 0
  let total = 0
  let monetary = 0
  const sample: ProfileRow[] = []
  const byPersona = new Map<string, number>()
  const byRfm = new Map<string, number>()
  await forEachProfile(personas, (row) => {
    total++
    if (!segmentMembership(d, profileFieldReader(row), catalogue, now, previous.has(row.customer_id))) return
    count++
    monetary += row.monetary
    if (sample.length < opts.sample) sample.push(row)
    const p = row.persona_name ?? "No persona"
    byPersona.set(p, (byPersona.get(p) ?? 0) + 1)
    const r = row.rfm_segment ?? "No orders"
    byRfm.set(r, (byRfm.get(r) ?? 0) + 1)
  })
  const who = await personas.customerSummaries(sample.map((s) => s.customer_id))
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([name, customers]) => ({ name, customers }))
  return {
    count,
    total_profiles: total,
    share: total ? count / total : 0,
    monetary,
    by_persona: sorted(byPersona),
    by_rfm_segment: sorted(byRfm),
    sample: sample.map((s) => ({
      customer_id: s.customer_id,
      email: who.get(s.customer_id)?.email ?? null,
      first_name: who.get(s.customer_id)?.first_name ?? null,
      last_name: who.get(s.customer_id)?.last_name ?? null,
      persona_name: s.persona_name,
      rfm_segment: s.rfm_segment,
      order_count: s.order_count,
      monetary: s.monetary,
      churn_risk: s.churn_risk,
      score: d.score ? scoreOf(d, s) : null,
    })),
  }
}

/**
 * Membership of every segment for a few customers whose rows just changed (after an order or a survey answer),
 * applied at once. `rows` are their current profiles (a customer without a row is in no segment) and `current`
 * their memberships before. Scores of members who stay are left to the segments job: rewriting them on every
 * order would cost a write per segment for nothing a rule reads. Returns the segments whose membership changed.
 */
export async function applyCustomerMemberships(
  personas: Personas,
  customerIds: readonly string[],
  rows: readonly ProfileRow[],
  defs: { segments: readonly SegmentRecord[]; catalogue: FieldCatalogue },
  now: number,
  current?: Map<string, Set<string>>
) {
  const changed: { segment: SegmentRecord; entered: string[]; left: string[] }[] = []
  if (!defs.segments.length || !customerIds.length) return changed
  const before = current ?? (await personas.segmentIdsOfMany(customerIds))
  const rowOf = new Map(rows.map((r) => [r.customer_id, r]))
  for (const s of defs.segments) {
    const def = definitionOf(s)
    const enter: { customer_id: string; score: number | null }[] = []
    const leave: string[] = []
    for (const id of customerIds) {
      const was = before.get(id)?.has(s.id) ?? false
      const row = rowOf.get(id)
      const is = row ? segmentMembership(def, profileFieldReader(row), defs.catalogue, now, was) : false
      if (is && !was) enter.push({ customer_id: id, score: row ? scoreOf(def, row) : null })
      else if (!is && was) leave.push(id)
    }
    if (enter.length || leave.length) changed.push({ segment: s, entered: enter.map((e) => e.customer_id), left: leave })
  }
  await Promise.all(
    changed.map((c) =>
      personas.applyMembershipChange(
        c.segment.id,
        c.entered.map((id) => ({ customer_id: id, score: rowOf.get(id) ? scoreOf(definitionOf(c.segment), rowOf.get(id)!) : null })),
        c.left
      )
    )
  )
  return changed
}

/** The same for customers whose stored rows are current (e.g. right after survey answers were merged). */
export async function refreshCustomerMemberships(personas: Personas, customerIds: readonly string[], now: number) {
  const [defs, rows] = await Promise.all([personas.definitions(), personas.getProfiles(customerIds)])
  return applyCustomerMemberships(personas, customerIds, rows, { segments: defs.segments as SegmentRecord[], catalogue: defs.catalogue }, now)
}
