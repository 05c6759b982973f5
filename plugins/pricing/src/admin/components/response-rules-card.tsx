import { Badge, Button, Input, Switch, Text } from "@medusajs/ui"
import { useState } from "react"
import { DataTable, Field, OptionSelect, SectionCard, runWithToast, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useCompetitors, useDeleteResponseRule, useResponseRules, useSaveResponseRule, type ResponseRule } from "../hooks/pricing"

const ANY = "__any"

/** Response rules: "when competitor X undercuts us by more than y %, match it or beat it by z %" (they feed the competitive strategy). */
export const ResponseRulesCard = () => {
  const page = usePagedList(10)
  const { data, isLoading, error } = useResponseRules(page.query)
  const competitors = useCompetitors({ limit: 100, offset: 0 }).data?.competitors ?? []
  const save = useSaveResponseRule()
  const remove = useDeleteResponseRule()
  const [form, setForm] = useState({ name: "", competitor_id: ANY, category_id: "", undercut_pct: "5", action: "match", beat_pct: "1" })
  const nameOf = (id: string | null) => (id ? competitors.find((c) => c.id === id)?.name ?? id : "any competitor")
  const columns: Column<ResponseRule>[] = [
    { key: "name", header: "Rule", cell: (r) => <Text size="small" weight="plus">{r.name}</Text> },
    {
      key: "when",
      header: "When",
      className: "whitespace-normal",
      cell: (r) => <Text size="xsmall">{nameOf(r.competitor_id)} undercuts by more than {r.undercut_pct} %{r.category_id ? ` in ${r.category_id}` : ""}{r.product_id ? ` on ${r.product_id}` : ""}</Text>,
    },
    { key: "then", header: "Then", cell: (r) => <Badge size="2xsmall" color="blue">{r.action === "match" ? "match" : `beat by ${r.beat_pct} %`}{r.stop_at_floor ? ", down to the floor" : ""}</Badge> },
    { key: "on", header: "On", cell: (r) => <Switch checked={r.enabled} onCheckedChange={(v) => runWithToast(() => save.mutateAsync({ ...strip(r), enabled: v }), v ? "Rule on" : "Rule off")} /> },
    { key: "delete", header: "", align: "right", cell: (r) => <Button size="small" variant="transparent" onClick={() => runWithToast(() => remove.mutateAsync(r.id), "Rule deleted")}>Delete</Button> },
  ]
  const add = async () => {
    const body = {
      name: form.name || `${form.action} when undercut by ${form.undercut_pct} %`,
      competitor_id: form.competitor_id === ANY ? null : form.competitor_id,
      category_id: form.category_id.trim() || null,
      undercut_pct: Number(form.undercut_pct),
      action: form.action,
      beat_pct: form.action === "beat" ? Number(form.beat_pct) : 0,
    }
    if (await runWithToast(() => save.mutateAsync(body), "Response rule saved")) setForm((f) => ({ ...f, name: "" }))
  }
  return (
    <SectionCard testId="pricing-response-rules" title="Response rules" subtitle="Reactions to competitors for products on the competitive strategy; the most specific triggered rule wins">
      <DataTable columns={columns} rows={data?.response_rules} isLoading={isLoading} error={error} pager={page.pager(data?.count)} empty="No response rule: the competitive strategy follows its own arguments." />
      <div className="flex flex-wrap items-end gap-3 px-6 py-4">
        <Field label="Name">
          <Input size="small" value={form.name} onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))} />
        </Field>
        <Field label="Competitor">
          <OptionSelect value={form.competitor_id} onChange={(v) => setForm((f) => ({ ...f, competitor_id: v }))} options={[{ value: ANY, label: "Any competitor" }, ...competitors.map((c) => ({ value: c.id, label: c.name }))]} className="w-[180px]" />
        </Field>
        <Field label="Category id (optional)">
          <Input size="small" value={form.category_id} onChange={(e) => setForm((f) => ({ ...f, category_id: e.target.value }))} />
        </Field>
        <Field label="Undercut above %">
          <Input size="small" type="number" value={form.undercut_pct} onChange={(e) => setForm((f) => ({ ...f, undercut_pct: e.target.value }))} className="w-[90px]" />
        </Field>
        <Field label="Action">
          <OptionSelect value={form.action} onChange={(v) => setForm((f) => ({ ...f, action: v }))} options={[{ value: "match", label: "Match" }, { value: "beat", label: "Beat by" }]} className="w-[110px]" />
        </Field>
        {form.action === "beat" && (
          <Field label="Beat by %">
            <Input size="small" type="number" value={form.beat_pct} onChange={(e) => setForm((f) => ({ ...f, beat_pct: e.target.value }))} className="w-[80px]" />
          </Field>
        )}
        <Button size="small" variant="secondary" isLoading={save.isPending} onClick={add}>
          Add rule
        </Button>
      </div>
    </SectionCard>
  )
}

const strip = (r: ResponseRule) => ({ id: r.id, name: r.name, competitor_id: r.competitor_id, category_id: r.category_id, product_id: r.product_id, undercut_pct: Number(r.undercut_pct), action: r.action, beat_pct: Number(r.beat_pct), stop_at_floor: r.stop_at_floor })
