import { RETURN_POLICY_RULES } from "./policy-registry"
import { PolicyRule, Resolution, RESOLUTIONS, RETURN_KINDS, ReturnKind, ReturnPolicy } from "./policy-types"

export type CompiledRule = { id: string; code: string; rule: PolicyRule; args: unknown; kinds: ReturnKind[] | null }
export type CompiledPolicy = { compiled: true; rules: CompiledRule[]; defaultOutcome: "approve" | "review"; resolutions: Resolution[] }
export type PolicyIssue = { index: number; ruleId: string | null; path: string; message: string }

/** A policy that does not validate; `issues` name the rule and the field. */
export class PolicyConfigError extends Error {
  readonly code = "policy.invalid"
  constructor(readonly issues: PolicyIssue[]) {
    super(`invalid return policy: ${issues.map((i) => `${i.ruleId ?? `rule ${i.index}`}${i.path ? `.${i.path}` : ""}: ${i.message}`).join("; ")}`)
    this.name = "PolicyConfigError"
  }
}

/**
 * Checks a stored policy against the registry (unknown codes, arguments that fail the rule's schema, duplicate
 * ids, unknown kinds or resolutions) and parses the arguments once, so evaluation does not re-validate per
 * request. Returns every issue, for the policy editor.
 */
export function compileReturnPolicy(policy: ReturnPolicy, registry: Readonly<Record<string, PolicyRule>> = RETURN_POLICY_RULES): { ok: true; policy: CompiledPolicy } | { ok: false; issues: PolicyIssue[] } {
  const issues: PolicyIssue[] = []
  const rules: CompiledRule[] = []
  const ids = new Set<string>()
  policy.rules.forEach((cfg, index) => {
    const id = cfg.id ?? cfg.code
    if (ids.has(id)) issues.push({ index, ruleId: id, path: "id", message: `duplicate rule id ${JSON.stringify(id)}` })
    ids.add(id)
    const rule = registry[cfg.code]
    if (!rule) {
      issues.push({ index, ruleId: id, path: "code", message: `unknown rule code ${JSON.stringify(cfg.code)} (known: ${Object.keys(registry).join(", ")})` })
      return
    }
    for (const k of cfg.kinds ?? []) {
      if (!(RETURN_KINDS as readonly string[]).includes(k)) issues.push({ index, ruleId: id, path: "kinds", message: `unknown kind ${JSON.stringify(k)}` })
    }
    const parsed = rule.argsSchema.safeParse(cfg.args ?? {})
    if (!parsed.success) {
      for (const i of parsed.error.issues) issues.push({ index, ruleId: id, path: ["args", ...i.path.map(String)].join("."), message: i.message })
      return
    }
    if (cfg.enabled === false) return
    rules.push({ id, code: cfg.code, rule, args: parsed.data, kinds: cfg.kinds ?? null })
  })
  const resolutions = policy.resolutions ?? [...RESOLUTIONS]
  for (const r of resolutions) {
    if (!(RESOLUTIONS as readonly string[]).includes(r)) issues.push({ index: -1, ruleId: null, path: "resolutions", message: `unknown resolution ${JSON.stringify(r)}` })
  }
  if (issues.length) return { ok: false, issues }
  return { ok: true, policy: { compiled: true, rules, defaultOutcome: policy.defaultOutcome ?? "review", resolutions } }
}

/** compileReturnPolicy that throws PolicyConfigError. */
export function compileReturnPolicyOrThrow(policy: ReturnPolicy, registry?: Readonly<Record<string, PolicyRule>>): CompiledPolicy {
  const r = compileReturnPolicy(policy, registry)
  if (!r.ok) throw new PolicyConfigError(r.issues)
  return r.policy
}
