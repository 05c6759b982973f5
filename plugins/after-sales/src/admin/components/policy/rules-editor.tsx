import { Badge, Button, Input, Switch, Text } from "@medusajs/ui"
import { OptionSelect, SectionCard, runWithToast } from "@finesse/core/admin-kit"
import { useEffect, useState } from "react"
import { useSavePolicy } from "../../hooks/after-sales"
import { JsonField } from "./json-field"

type RuleConfig = { id?: string; code: string; args?: unknown; kinds?: string[]; enabled?: boolean }
type RuleInfo = { code: string; title: string; description: string; argsJsonSchema: Record<string, unknown> }

/**
 * The return policy, rule by rule in evaluation order: each rule's arguments as JSON (the rule's schema is shown),
 * the kinds it applies to, on or off. The first refusal decides a line; approvals need no rule against them.
 */
export const RulesEditor = ({ policy, catalogue }: { policy: { rules: RuleConfig[]; defaultOutcome?: string }; catalogue: RuleInfo[] }) => {
  const [rules, setRules] = useState<RuleConfig[]>(policy.rules)
  const [defaultOutcome, setDefaultOutcome] = useState(policy.defaultOutcome ?? "review")
  const [invalid, setInvalid] = useState<Set<number>>(new Set())
  const [adding, setAdding] = useState(catalogue[0]?.code ?? "")
  const save = useSavePolicy()
  useEffect(() => setRules(policy.rules), [JSON.stringify(policy.rules)])
  const info = new Map(catalogue.map((r) => [r.code, r]))
  const patch = (i: number, p: Partial<RuleConfig>) => setRules((rs) => rs.map((r, j) => (j === i ? { ...r, ...p } : r)))
  const move = (i: number, d: number) => setRules((rs) => {
    const j = i + d
    if (j < 0 || j >= rs.length) return rs
    const out = [...rs]
    ;[out[i], out[j]] = [out[j], out[i]]
    return out
  })
  return (
    <SectionCard
      title="Return policy"
      subtitle="Rules run in this order on every return, exchange and claim; each line is refused by the first refusal, sent to review by the first review, else approved"
      testId="policy-rules"
      actions={
        <Button size="small" disabled={invalid.size > 0} isLoading={save.isPending} data-testid="save-policy" onClick={() => runWithToast(() => save.mutateAsync({ return_policy: { rules, defaultOutcome } }), (r: any) => `Return policy saved (version ${r.saved[0].version})`)}>
          Save policy
        </Button>
      }
    >
      {rules.map((r, i) => (
        <div key={`${r.id ?? r.code}-${i}`} className="grid grid-cols-1 gap-3 px-6 py-4 lg:grid-cols-[1fr_1.4fr]" data-testid="policy-rule" data-code={r.code}>
          <div className="flex flex-col gap-y-2">
            <div className="flex items-center gap-x-2">
              <Switch checked={r.enabled !== false} onCheckedChange={(v) => patch(i, { enabled: v })} />
              <Text size="small" weight="plus">
                {info.get(r.code)?.title ?? r.code}
              </Text>
              <Badge size="2xsmall" className="font-mono">
                {r.code}
              </Badge>
            </div>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {info.get(r.code)?.description ?? "Unknown rule code"}
            </Text>
            <div className="flex items-center gap-x-2">
              <Input size="small" className="w-[140px]" value={r.id ?? ""} placeholder="id" onChange={(e) => patch(i, { id: e.target.value || undefined })} />
              <Input size="small" className="w-[200px]" value={(r.kinds ?? []).join(", ")} placeholder="every kind" onChange={(e) => patch(i, { kinds: e.target.value.split(/[\s,]+/).filter(Boolean) })} />
            </div>
            <div className="flex gap-x-1">
              <Button size="small" variant="transparent" onClick={() => move(i, -1)} disabled={i === 0}>
                ↑
              </Button>
              <Button size="small" variant="transparent" onClick={() => move(i, 1)} disabled={i === rules.length - 1}>
                ↓
              </Button>
              <Button size="small" variant="transparent" onClick={() => setRules((rs) => rs.filter((_, j) => j !== i))}>
                Remove
              </Button>
            </div>
          </div>
          <JsonField
            value={r.args ?? {}}
            rows={5}
            testId={`rule-args-${r.id ?? r.code}`}
            onChange={(v, ok) => {
              setInvalid((s) => {
                const n = new Set(s)
                if (ok) n.delete(i)
                else n.add(i)
                return n
              })
              if (ok) patch(i, { args: v })
            }}
          />
        </div>
      ))}
      <div className="flex flex-wrap items-center gap-2 px-6 py-3">
        <OptionSelect value={adding} onChange={setAdding} options={catalogue.map((c) => ({ value: c.code, label: c.title }))} className="w-[220px]" />
        <Button size="small" variant="secondary" onClick={() => setRules((rs) => [...rs, { code: adding, id: `${adding}-${rs.length + 1}`, args: {} }])}>
          Add rule
        </Button>
        <Text size="small" className="text-ui-fg-subtle ml-auto">
          A line no rule decides:
        </Text>
        <OptionSelect value={defaultOutcome} onChange={setDefaultOutcome} options={[{ value: "review", label: "goes to review" }, { value: "approve", label: "is approved" }]} className="w-[160px]" />
      </div>
    </SectionCard>
  )
}
