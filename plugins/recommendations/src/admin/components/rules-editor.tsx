import { Badge, Button, Container, Heading, Input, Select, Switch, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useCreateRule, useDeleteRule, useMeta, useRules, useUpdateRule, type Rule } from "../hooks/recommendations"
import { formatDateTime, runWithToast, TablePager } from "@finesse/core/admin-kit"
import { asOptions, Field, OptionSelect } from "./form-fields"

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
  const [page, setPage] = useState(0)
  const { data } = useRules({ limit: PAGE, offset: page * PAGE })
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
  return (
    <Container className="divide-y p-0" data-testid="rules-editor">
      <div className="px-6 py-4">
        <Heading level="h2">Merchandising rules</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Applied at serving time after the models, in every process within seconds
        </Text>
      </div>
      <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-5">
        <Field label="Action">
          <OptionSelect
            value={form.action}
            onValueChange={set("action")}
            options={asOptions(meta.data?.meta.rule_actions ?? ["pin", "boost", "bury", "block"])}
            testId="rule-action"
          />
        </Field>
        <Field label="Target">
          <OptionSelect
            value={form.target_type}
            onValueChange={set("target_type")}
            options={asOptions(meta.data?.meta.rule_targets ?? ["product", "category", "collection", "tag"])}
          />
        </Field>
        <Field label={`${form.target_type} id`}>
          <Input size="small" value={form.target_id} onChange={(e) => set("target_id")(e.target.value)} placeholder="prod_… / pcat_… / pcol_… / ptag_…" data-testid="rule-target" />
        </Field>
        <Field label="Placement">
          <OptionSelect
            value={form.placement}
            onValueChange={set("placement")}
            options={meta.data?.meta.placements}
            first={<Select.Item value="all">All placements</Select.Item>}
          />
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
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Rule</Table.HeaderCell>
            <Table.HeaderCell>Action</Table.HeaderCell>
            <Table.HeaderCell>Target</Table.HeaderCell>
            <Table.HeaderCell>Placement</Table.HeaderCell>
            <Table.HeaderCell>Schedule</Table.HeaderCell>
            <Table.HeaderCell>On</Table.HeaderCell>
            <Table.HeaderCell className="text-right" />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data?.rules.map((r) => (
            <Table.Row key={r.id} data-testid="rule-row" data-rule-id={r.id}>
              <Table.Cell>{r.name}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={r.action === "block" ? "red" : r.action === "pin" ? "orange" : r.action === "boost" ? "green" : "grey"}>
                  {describe(r)}
                </Badge>
              </Table.Cell>
              <Table.Cell>
                <Text size="xsmall" className="font-mono">
                  {r.target_type}: {r.target_id}
                </Text>
              </Table.Cell>
              <Table.Cell>{r.placement ?? "all"}</Table.Cell>
              <Table.Cell>
                <Text size="xsmall">{r.starts_at || r.ends_at ? `${formatDateTime(r.starts_at)} → ${formatDateTime(r.ends_at)}` : "always"}</Text>
              </Table.Cell>
              <Table.Cell>
                <Switch checked={r.enabled} onCheckedChange={(v) => runWithToast(() => update.mutateAsync({ id: r.id, enabled: v }), v ? "Rule on" : "Rule off")} />
              </Table.Cell>
              <Table.Cell className="text-right">
                <Button size="small" variant="transparent" onClick={() => runWithToast(() => remove.mutateAsync(r.id), "Rule deleted")}>
                  Delete
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <TablePager count={data?.count ?? 0} offset={page * PAGE} pageSize={PAGE} onOffset={(o) => setPage(Math.floor(o / PAGE))} />
    </Container>
  )
}
