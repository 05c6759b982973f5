import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { clusterAgreement } from "@finesse/personas/lib/evaluate/cluster-agreement"
import { planDemoStore } from "../../src/demo"
import { parseSeedOptions } from "../../src/seed/options"

/**
 * How well the persona cards recover the behaviour types the demo generator planted (`medusa exec`, same
 * DEMO_SEED / DEMO_SCALE / DEMO_UNTIL as the seed): the plan is rebuilt deterministically, each customer's hidden
 * type is matched to the persona stored for them, and the confusion table, purity and adjusted Rand index are
 * printed, plus one JSON line `PERSONAS_RECOVERY {...}`. Only customers with a profile count (a window shopper who
 * never ordered has no behaviour to cluster).
 */
export default async function personasDemoRecovery({ container, args }: ExecArgs) {
  const options = parseSeedOptions([...(args ?? []), ...process.argv.slice(2)], process.env, Date.now())
  const plan = planDemoStore(options)
  const typeOf = new Map(plan.customers.map((c) => [c.email, c.behaviour as string]))
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await db.raw(
    `select c.email, p.persona_name, p.persona_id, p.order_count from finesse_persona_profile p join customer c on c.id = p.id
      where p.deleted_at is null and p.persona_id is not null`
  )
  const personas: string[] = []
  const types: string[] = []
  for (const r of rows as { email: string; persona_name: string; persona_id: string }[]) {
    const t = typeOf.get(r.email)
    if (!t) continue
    personas.push(`${r.persona_id} ${r.persona_name}`)
    types.push(t)
  }
  const a = clusterAgreement(personas, types)
  const w = Math.max(...a.clusters.map((c) => c.length), 10)
  const lines = [
    `seed ${options.seed}, scale ${options.scale}, until ${options.until}: ${a.n} profiled customers of ${plan.customers.length}`,
    `${"persona".padEnd(w)}  ${a.classes.map((c) => c.slice(0, 8).padStart(8)).join(" ")}   size  majority`,
    ...a.counts.map(
      (row, i) =>
        `${a.clusters[i].padEnd(w)}  ${row.map((v) => String(v).padStart(8)).join(" ")}  ${String(a.majority[i].size).padStart(5)}  ${a.majority[i].className} ${(100 * a.majority[i].share).toFixed(0)} %`
    ),
    `purity ${a.purity.toFixed(3)}, adjusted Rand index ${a.adjustedRandIndex.toFixed(3)}`,
  ]
  console.log(lines.join("\n"))
  console.log(`PERSONAS_RECOVERY ${JSON.stringify({ n: a.n, purity: a.purity, ari: a.adjustedRandIndex, clusters: a.clusters, classes: a.classes, counts: a.counts })}`)
}
