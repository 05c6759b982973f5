import { Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Text, clx } from "@medusajs/ui"
import { OptionSelect, asOptions } from "@finesse/core/admin-kit"
import type { FieldInfo, FieldType, RuleNode } from "../../hooks/segments"

const OP_LABEL: Record<string, string> = {
  eq: "is",
  neq: "is not",
  gt: "greater than",
  gte: "at least",
  lt: "less than",
  lte: "at most",
  between: "between",
  in: "is one of",
  not_in: "is none of",
  contains_any: "contains any of",
  exists: "is known",
  not_exists: "is unknown",
  within_last: "within the last",
  not_within_last: "not within the last",
}

const GROUP_LABEL: Record<FieldInfo["group"], string> = { profile: "Profile", trait: "Computed traits", survey: "Survey answers" }
const MODE_OPTIONS = [
  { value: "all", label: "Match all of (AND)" },
  { value: "any", label: "Match any of (OR)" },
]

type Condition = { field: string; op: string; value?: unknown }
const isGroup = (n: RuleNode): n is { all: RuleNode[] } | { any: RuleNode[] } => "all" in n || "any" in n
const kids = (n: { all: RuleNode[] } | { any: RuleNode[] }) => ("all" in n ? n.all : n.any)

/** A default value that fits the operator, so a changed operator never leaves an invalid value behind. */
function defaultValue(type: FieldType, op: string, info?: FieldInfo): unknown {
  if (op === "exists" || op === "not_exists") return undefined
  if (op === "within_last" || op === "not_within_last") return { days: 30 }
  if (op === "between") return type === "date" ? ["2025-01-01", new Date().toISOString().slice(0, 10)] : [0, 100]
  if (op === "in" || op === "not_in" || op === "contains_any") return info?.values?.length ? [info.values[0]] : type === "number" ? [1] : [""]
  if (type === "number") return 0
  if (type === "boolean") return true
  if (type === "date") return new Date().toISOString().slice(0, 10)
  return info?.values?.[0] ?? ""
}

const list = (v: unknown) => (Array.isArray(v) ? v.join(", ") : "")
const parseList = (s: string, type: FieldType) =>
  s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean)
    .map((x) => (type === "number" ? Number(x) : x))

const ValueInput = ({ c, info, onChange }: { c: Condition; info?: FieldInfo; onChange: (v: unknown) => void }) => {
  const type = info?.type ?? "string"
  if (c.op === "exists" || c.op === "not_exists") return null
  if (c.op === "within_last" || c.op === "not_within_last") {
    const days = (c.value as { days?: number })?.days ?? 30
    return (
      <div className="flex items-center gap-x-1.5">
        <Input size="small" type="number" className="w-20" value={days} onChange={(e) => onChange({ days: Number(e.target.value) })} />
        <Text size="small" className="text-ui-fg-subtle">
          days
        </Text>
      </div>
    )
  }
  if (c.op === "between") {
    const [lo, hi] = Array.isArray(c.value) ? c.value : [0, 0]
    const t = type === "date" ? "date" : "number"
    const conv = (s: string) => (t === "number" ? Number(s) : s)
    return (
      <div className="flex items-center gap-x-1.5">
        <Input size="small" type={t} className="w-32" value={String(lo)} onChange={(e) => onChange([conv(e.target.value), hi])} />
        <Text size="small">and</Text>
        <Input size="small" type={t} className="w-32" value={String(hi)} onChange={(e) => onChange([lo, conv(e.target.value)])} />
      </div>
    )
  }
  if (c.op === "in" || c.op === "not_in" || c.op === "contains_any") {
    return (
      <Input
        size="small"
        className="w-64"
        placeholder={info?.values?.length ? info.values.slice(0, 3).join(", ") : "a, b, c"}
        value={list(c.value)}
        onChange={(e) => onChange(parseList(e.target.value, type))}
        list={info?.values?.length ? `values-${info.field}` : undefined}
      />
    )
  }
  if (type === "boolean") {
    return (
      <OptionSelect ariaLabel="Value" value={String(c.value ?? true)} onChange={(v) => onChange(v === "true")} options={asOptions(["true", "false"])} className="w-24" />
    )
  }
  if (type === "string" && info?.values?.length) {
    return (
      <OptionSelect placeholder="Value" value={String(c.value ?? "")} onChange={onChange} options={asOptions(info.values)} className="w-48" />
    )
  }
  const t = type === "number" ? "number" : type === "date" ? "date" : "text"
  return (
    <Input
      size="small"
      type={t}
      step="any"
      className="w-40"
      value={String(c.value ?? "")}
      onChange={(e) => onChange(t === "number" ? Number(e.target.value) : e.target.value)}
    />
  )
}

const ConditionRow = ({
  c,
  fields,
  operators,
  onChange,
  onRemove,
}: {
  c: Condition
  fields: FieldInfo[]
  operators: Record<FieldType, string[]>
  onChange: (c: Condition) => void
  onRemove: () => void
}) => {
  const info = fields.find((f) => f.field === c.field)
  const ops = info ? operators[info.type] : []
  // profile fields first, then computed traits, then survey answers
  const fieldOptions = (["profile", "trait", "survey"] as const).flatMap((g) =>
    fields.filter((f) => f.group === g).map((f) => ({ value: f.field, label: f.label, group: GROUP_LABEL[g] }))
  )
  return (
    <div className="bg-ui-bg-base shadow-borders-base flex flex-wrap items-center gap-2 rounded-lg px-3 py-2" data-testid="rule-condition">
      <OptionSelect
        placeholder="Field"
        value={c.field}
        onChange={(field) => {
          const next = fields.find((f) => f.field === field)!
          const op = operators[next.type][0]
          onChange({ field, op, value: defaultValue(next.type, op, next) })
        }}
        options={fieldOptions}
        className="w-64"
      />
      <OptionSelect
        ariaLabel="Operator"
        value={c.op}
        onChange={(op) => onChange({ field: c.field, op, value: defaultValue(info?.type ?? "string", op, info) })}
        options={ops.map((o) => ({ value: o, label: OP_LABEL[o] ?? o }))}
        className="w-44"
      />
      <ValueInput c={c} info={info} onChange={(value) => onChange({ ...c, value })} />
      {info?.values?.length ? (
        <datalist id={`values-${info.field}`}>
          {info.values.map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
      ) : null}
      <IconButton size="small" variant="transparent" className="ml-auto" onClick={onRemove} aria-label="Remove condition">
        <Trash />
      </IconButton>
    </div>
  )
}

/**
 * The segment rule editor: nested AND/OR groups of conditions over profile fields, traits and survey answers,
 * producing the JSON the API validates (errors come back naming the rule by path).
 */
export const RuleBuilder = ({
  node,
  fields,
  operators,
  onChange,
  onRemove,
  depth = 0,
}: {
  node: RuleNode
  fields: FieldInfo[]
  operators: Record<FieldType, string[]>
  onChange: (n: RuleNode) => void
  onRemove?: () => void
  depth?: number
}) => {
  if (!isGroup(node)) {
    return <ConditionRow c={node as Condition} fields={fields} operators={operators} onChange={onChange} onRemove={onRemove ?? (() => undefined)} />
  }
  const mode = "all" in node ? "all" : "any"
  const children = kids(node)
  const set = (next: RuleNode[]) => onChange(mode === "all" ? { all: next } : { any: next })
  const first = fields[0]
  const newCondition = (): RuleNode => ({ field: first.field, op: operators[first.type][0], value: defaultValue(first.type, operators[first.type][0], first) })
  return (
    <div className={clx("flex flex-col gap-y-2 rounded-lg", depth > 0 && "bg-ui-bg-subtle border-ui-border-base border border-dashed p-3")} data-testid="rule-group">
      <div className="flex items-center gap-x-2">
        <OptionSelect
          ariaLabel="Combine"
          value={mode}
          onChange={(m) => onChange(m === "all" ? { all: children } : { any: children })}
          options={MODE_OPTIONS}
          className="w-56"
        />
        {onRemove && (
          <IconButton size="small" variant="transparent" onClick={onRemove} aria-label="Remove group">
            <Trash />
          </IconButton>
        )}
      </div>
      {children.map((child, i) => (
        <RuleBuilder
          key={i}
          node={child}
          fields={fields}
          operators={operators}
          depth={depth + 1}
          onChange={(n) => set(children.map((c, j) => (j === i ? n : c)))}
          onRemove={() => set(children.filter((_, j) => j !== i))}
        />
      ))}
      <div className="flex gap-x-2">
        <Button size="small" variant="secondary" type="button" onClick={() => set([...children, newCondition()])}>
          Add condition
        </Button>
        {depth < 3 && (
          <Button size="small" variant="transparent" type="button" onClick={() => set([...children, { all: [newCondition()] }])}>
            Add group
          </Button>
        )}
      </div>
    </div>
  )
}
