import { Badge, Button, Input, Switch, Text } from "@medusajs/ui"
import { useState } from "react"
import { DataTable, Field, OptionSelect, SectionCard, asOptions, formatDateTime, runWithToast, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useCreateRule, useDeleteRule, useMeta, useRules, useUpdateRule, type Rule } from "../hooks/recommendations"

const PAGE = 10
const EMPTY = { name: "", action: "boost", target_type: "product", target_id: "", placement: "all", weight: "", position: "", starts_at: "", ends_at: "" }

function describe(r: Rule): string {
  if (r.action === "pin") return `pin at #${r.position ?? 1}`
  if (r.action === "boost") return `boost ×${r.weight ?? 1.5}`
  if (r.action === "bury") return `bury ×${r.weight ?? 0.25}`
  return "block"
}

/** Merchandising rules: pin, boost, bury or block by product, category, collection or tag, per placement, scheduled. */
export const RulesEditor = () => {
  const meta = useMeta()
  const page = usePagedList(PAGE)
  const { data } = useRules(page.query)
  const create = useCreateRule()
  const update = useUpdateRule()
  const remove = useDeleteRule()
  const [form, setForm] = useState(EMPTY)
  const set = (k: keyof typeof EMPTY) => (v: string) => setForm((f) => ({ ...f, [k]: v }))
  const submit = async () => {
    const body: Record<string, unknown> = {
      name: form.name || `${form.action} ${form.target_type} ${form.target_id}`,
      action: form.action,
      target_type: form.target_type,
      target_id: form.target_id.trim(),
      placement: form.placement === "all" ? null : form.placement,
    }
    if (form.weight) body.weight = Number(form.weight)
    if (form.position) body.position = Number(form.position)
    if (form.starts_at) body.starts_at = new Date(form.starts_at).toISOString()
    if (form.ends_at) body.ends_at = new Date(form.ends_at).toISOString()
    if (await runWithToast(() => create.mutateAsync(body), "Rule saved")) setForm(EMPTY)
  }
  const columns: Column<Rule>[] = [
    { key: "rule", header: "Rule", cell: (r) => r.name },
    {
      key: "action",
      header: "Action",
      cell: (r) => (
        <Badge size="2xsmall" color={r.action === "block" ? "red" : r.action === "pin" ? "orange" : r.action === "boost" ? "green" : "grey"}>
          {describe(r)}
        </Badge>
      ),
    },
    {
      key: "target",
      header: "Target",
      cell: (r) => (
        <Text size="xsmall" className="font-mono">
          {r.target_type}: {r.target_id}
        </Text>
      ),
    },
    { key: "placement", header: "Placement", cell: (r) => r.placement ?? "all" },
    {
      key: "schedule",
      header: "Schedule",
      cell: (r) => <Text size="xsmall">{r.starts_at || r.ends_at ? `${formatDateTime(r.starts_at)} → ${formatDateTime(r.ends_at)}` : "always"}</Text>,
    },
    {
      key: "on",
      header: "On",
      cell: (r) => <Switch checked={r.enabled} onCheckedChange={(v) => runWithToast(() => update.mutateAsync({ id: r.id, enabled: v }), v ? "Rule on" : "Rule off")} />,
    },
    {
      key: "actions",
      header: "",
      align: "right",
      cell: (r) => (
        <Button size="small" variant="transparent" onClick={() => runWithToast(() => remove.mutateAsync(r.id), "Rule deleted")}>
          Delete
        </Button>
      ),
    },
  ]
  return (
    <SectionCard testId="rules-editor" title="Merchandising rules" subtitle="Applied at serving time after the models, in every process within seconds">
      <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-5">
        <Field label="Action">
          <OptionSelect
            value={form.action}
            onChange={set("action")}
            options={asOptions(meta.data?.meta.rule_actions ?? ["pin", "boost", "bury", "block"])}
            testId="rule-action"
          />
        </Field>
        <Field label="Target">
          <OptionSelect
            value={form.target_type}
            onChange={set("target_type")}
            options={asOptions(meta.data?.meta.rule_targets ?? ["product", "category", "collection", "tag"])}
          />
        </Field>
        <Field label={`${form.target_type} id`}>
          <Input size="small" value={form.target_id} onChange={(e) => set("target_id")(e.target.value)} placeholder="prod_… / pcat_… / pcol_… / ptag_…" data-testid="rule-target" />
        </Field>
        <Field label="Placement">
          <OptionSelect value={form.placement} onChange={set("placement")} options={[{ value: "all", label: "All placements" }, ...(meta.data?.meta.placements ?? [])]} />
        </Field>
        <Field label={form.action === "pin" ? "Position" : form.action === "block" ? "—" : "Weight (×)"}>
          {form.action === "pin" ? (
            <Input size="small" type="number" min={1} value={form.position} onChange={(e) => set("position")(e.target.value)} placeholder="1" />
          ) : (
            <Input size="small" type="number" step="0.05" disabled={form.action === "block"} value={form.weight} onChange={(e) => set("weight")(e.target.value)} placeholder={form.action === "bury" ? "0.25" : "1.5"} />
          )}
        </Field>
        <Field label="Name">
          <Input size="small" value={form.name} onChange={(e) => set("name")(e.target.value)} placeholder="Summer push" />
        </Field>
        <Field label="Starts">
          <Input size="small" type="datetime-local" value={form.starts_at} onChange={(e) => set("starts_at")(e.target.value)} />
        </Field>
        <Field label="Ends">
          <Input size="small" type="datetime-local" value={form.ends_at} onChange={(e) => set("ends_at")(e.target.value)} />
        </Field>
        <div className="flex items-end">
          <Button size="small" disabled={!form.target_id} isLoading={create.isPending} onClick={submit} data-testid="rule-save">
            Add rule
          </Button>
        </div>
      </div>
      <DataTable
        columns={columns}
        rows={data?.rules}
        rowTestId="rule-row"
        rowProps={(r) => ({ "data-rule-id": r.id })}
        empty="No rules yet. Pin, boost, bury or block products, categories, collections or tags above."
        pager={page.pager(data?.count)}
      />
    </SectionCard>
  )
}
