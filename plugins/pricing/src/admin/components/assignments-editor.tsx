import { Badge, Button, Input, Switch, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { DataTable, Field, OptionSelect, SectionCard, runWithToast, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useAssignments, useDeleteAssignment, useRegistry, useSaveAssignment, type Assignment } from "../hooks/pricing"

/** A starting point for each strategy's arguments (the server fills the rest with defaults and names a wrong field). */
const EXAMPLE: Record<string, Record<string, unknown>> = {
  cost_plus: { targetPct: 40, basis: "margin" },
  value_based: { tier: "mid", source: "category" },
  competitive: { anchor: "median", mode: "beat", beatPct: 2 },
  demand_based: { searchDownPct: 15, searchUpPct: 15 },
}
const SCOPES = ["store", "category", "collection", "product"].map((s) => ({ value: s, label: s }))
const ENDINGS = [
  { value: "default", label: "Store default" },
  { value: "none", label: "None" },
  { value: "99", label: ".99" },
  { value: "95", label: ".95" },
  { value: "whole", label: "Whole" },
]
const ORDER = { product: 0, category: 1, collection: 2, store: 3 }

/** Strategies assigned to products, categories, collections or the store (most specific wins), per currency or region. */
export const AssignmentsEditor = () => {
  const registry = useRegistry().data
  const page = usePagedList(10)
  const { data, isLoading, error } = useAssignments(page.query)
  const save = useSaveAssignment()
  const remove = useDeleteAssignment()
  const [form, setForm] = useState({ strategy: "cost_plus", scope: "store", scope_id: "", currency_code: "", ending: "default", args: JSON.stringify(EXAMPLE.cost_plus, null, 1) })
  const columns: Column<Assignment>[] = [
    {
      key: "scope",
      header: "Applies to",
      cell: (a) => (
        <div className="flex flex-col">
          <Text size="small" weight="plus">
            {a.scope}
          </Text>
          {a.scope_id && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {a.scope_label ?? <span className="font-mono">{a.scope_id}</span>}
            </Text>
          )}
        </div>
      ),
    },
    { key: "strategy", header: "Strategy", cell: (a) => <Badge size="2xsmall" color="blue">{a.strategy}</Badge> },
    {
      key: "args",
      header: "Arguments",
      className: "whitespace-normal max-w-[360px]",
      cell: (a) => (
        <Text size="xsmall" className="font-mono">
          {Object.entries(a.args).map(([k, v]) => `${k} ${JSON.stringify(v)}`).join(" · ")}
        </Text>
      ),
    },
    { key: "where", header: "Currency / region", cell: (a) => <Text size="xsmall">{[a.currency_code?.toUpperCase(), a.region_id].filter(Boolean).join(" · ") || "all"}</Text> },
    { key: "ending", header: "Ending", cell: (a) => <Text size="xsmall">{a.ending ?? "default"}</Text> },
    {
      key: "on",
      header: "On",
      cell: (a) => (
        <Switch
          checked={a.enabled}
          onCheckedChange={(v) =>
            runWithToast(() => save.mutateAsync({ id: a.id, strategy: a.strategy, args: a.args, scope: a.scope, scope_id: a.scope_id, currency_code: a.currency_code, region_id: a.region_id, ending: a.ending, enabled: v }), v ? "Assignment on" : "Assignment off")
          }
        />
      ),
    },
    { key: "delete", header: "", align: "right", cell: (a) => <Button size="small" variant="transparent" onClick={() => runWithToast(() => remove.mutateAsync(a.id), "Assignment removed")}>Remove</Button> },
  ]
  const submit = async () => {
    let args: Record<string, unknown>
    try {
      args = JSON.parse(form.args || "{}")
    } catch {
      return runWithToast(() => Promise.reject(new Error("args: not valid JSON")), "")
    }
    const body = {
      strategy: form.strategy,
      args,
      scope: form.scope,
      ...(form.scope !== "store" ? { scope_id: form.scope_id.trim() } : {}),
      ...(form.currency_code ? { currency_code: form.currency_code.trim() } : {}),
      ...(form.ending !== "default" ? { ending: form.ending } : {}),
    }
    if (await runWithToast(() => save.mutateAsync(body), "Strategy assigned")) setForm((f) => ({ ...f, scope_id: "" }))
  }
  const rows = [...(data?.assignments ?? [])].sort((a, b) => ORDER[a.scope] - ORDER[b.scope])
  return (
    <SectionCard testId="pricing-assignments" title="Strategies" subtitle="Which strategy prices what: a product's own assignment beats its category's, then its collection's, then the store default">
      <DataTable columns={columns} rows={data ? rows : undefined} isLoading={isLoading} error={error} pager={page.pager(data?.count)} rowTestId="pricing-assignment-row" empty="No strategy assigned: nothing is repriced until one is. Start with a store-wide cost-plus below." />
      <div className="grid grid-cols-1 gap-3 px-6 py-4 md:grid-cols-3">
        <Field label="Strategy">
          <OptionSelect
            value={form.strategy}
            onChange={(v) => setForm((f) => ({ ...f, strategy: v, args: JSON.stringify(EXAMPLE[v] ?? {}, null, 1) }))}
            options={(registry?.strategies ?? []).map((s) => ({ value: s.code, label: s.code }))}
            testId="assignment-strategy"
          />
        </Field>
        <Field label="Applies to">
          <OptionSelect value={form.scope} onChange={(v) => setForm((f) => ({ ...f, scope: v }))} options={SCOPES} />
        </Field>
        <Field label={form.scope === "store" ? "Id (none for the store)" : `${form.scope} id`}>
          <Input size="small" disabled={form.scope === "store"} value={form.scope_id} onChange={(e) => setForm((f) => ({ ...f, scope_id: e.target.value }))} />
        </Field>
        <Field label="Currency (optional)">
          <Input size="small" placeholder="eur" value={form.currency_code} onChange={(e) => setForm((f) => ({ ...f, currency_code: e.target.value }))} />
        </Field>
        <Field label="Price ending">
          <OptionSelect value={form.ending} onChange={(v) => setForm((f) => ({ ...f, ending: v }))} options={ENDINGS} />
        </Field>
        <Field label="Arguments (JSON)">
          <Textarea rows={3} className="font-mono text-xs" value={form.args} onChange={(e) => setForm((f) => ({ ...f, args: e.target.value }))} data-testid="assignment-args" />
        </Field>
        <Text size="xsmall" className="text-ui-fg-subtle md:col-span-2">
          {registry?.strategies.find((s) => s.code === form.strategy)?.description}
        </Text>
        <div className="flex justify-end">
          <Button size="small" variant="secondary" isLoading={save.isPending} onClick={submit} data-testid="assignment-save">
            Assign strategy
          </Button>
        </div>
      </div>
    </SectionCard>
  )
}
