import { Badge, Button, Input, StatusBadge, Text } from "@medusajs/ui"
import { useState } from "react"
import { DataTable, Field, OptionSelect, SectionCard, TitleCell, formatNumber, formatPercent, runWithToast, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useCreateExperiment, useExperimentAction, useExperiments, useMeta, type Comparison, type Experiment } from "../hooks/recommendations"

const PAGE = 10

const Verdict = ({ c }: { c: Comparison }) => (
  <Badge size="2xsmall" className="w-fit" color={c.verdict === "B better" ? "green" : c.verdict === "A better" ? "red" : "grey"}>
    {c.verdict}
  </Badge>
)

const Diff = ({ label, c }: { label: string; c: Comparison }) => (
  <div className="flex flex-col">
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" className="tabular-nums">
      A {formatPercent(c.rateA)} · B {formatPercent(c.rateB)}
    </Text>
    {c.verdict !== "not enough data" && (
      <Text size="xsmall" className="text-ui-fg-muted tabular-nums">
        {c.difference >= 0 ? "+" : ""}
        {(100 * c.difference).toFixed(2)} pts [{(100 * c.interval[0]).toFixed(2)}, {(100 * c.interval[1]).toFixed(2)}] · p {c.pValue.toFixed(3)}
      </Text>
    )}
    <Verdict c={c} />
  </div>
)

/** A/B tests of two strategies on a placement: visitors split by a hash of their id; CTR and conversion compared. */
export const ExperimentsCard = () => {
  const meta = useMeta()
  const page = usePagedList(PAGE)
  const { data } = useExperiments(page.query)
  const create = useCreateExperiment()
  const action = useExperimentAction()
  const [form, setForm] = useState({ name: "", placement: "for_you", strategy_a: "blended", strategy_b: "trending", traffic_b: "50" })
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }))
  const strategies = meta.data?.meta.strategies ?? []
  const columns: Column<Experiment>[] = [
    {
      key: "experiment",
      header: "Experiment",
      cell: (e) => <TitleCell title={`#${e.number} ${e.name}`} detail={`${e.placement}: ${e.strategy_a} vs ${e.strategy_b} (${e.traffic_b} % to B)`} />,
    },
    {
      key: "status",
      header: "Status",
      cell: (e) => <StatusBadge color={e.status === "running" ? "green" : e.status === "draft" ? "grey" : "orange"}>{e.status}</StatusBadge>,
    },
    { key: "visitors", header: "Visitors A / B", className: "tabular-nums", cell: (e) => `${formatNumber(e.results.a.visitors)} / ${formatNumber(e.results.b.visitors)}` },
    {
      key: "ctr",
      header: "Click-through",
      cell: (e) => <Diff label={`CTR ${formatPercent(e.results.a.ctr)} / ${formatPercent(e.results.b.ctr)}`} c={e.results.click_through} />,
    },
    { key: "conversion", header: "Conversion", cell: (e) => <Diff label={`orders ${e.results.a.orders} / ${e.results.b.orders}`} c={e.results.conversion} /> },
    {
      key: "actions",
      header: "",
      align: "right",
      cell: (e) =>
        e.status === "draft" ? (
          <Button size="small" variant="secondary" onClick={() => runWithToast(() => action.mutateAsync({ id: e.id, action: "start" }), "Experiment running")}>
            Start
          </Button>
        ) : e.status === "running" ? (
          <Button size="small" variant="secondary" onClick={() => runWithToast(() => action.mutateAsync({ id: e.id, action: "stop" }), "Experiment stopped")}>
            Stop
          </Button>
        ) : null,
    },
  ]
  return (
    <SectionCard testId="experiments" title="Experiments" subtitle="Per visitor (customer or anonymous id); intervals are Newcombe's at the experiment's confidence">
      <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-6">
        <Field label="Name">
          <Input size="small" value={form.name} onChange={(e) => set("name")(e.target.value)} placeholder="EASE vs trending" />
        </Field>
        <Field label="Placement">
          <OptionSelect value={form.placement} onChange={set("placement")} options={meta.data?.meta.placements} />
        </Field>
        {(["strategy_a", "strategy_b"] as const).map((k) => (
          <Field key={k} label={k === "strategy_a" ? "A (control)" : "B (challenger)"}>
            <OptionSelect value={form[k]} onChange={set(k)} options={strategies} />
          </Field>
        ))}
        <Field label="Traffic to B (%)">
          <Input size="small" type="number" min={1} max={99} value={form.traffic_b} onChange={(e) => set("traffic_b")(e.target.value)} />
        </Field>
        <div className="flex items-end">
          <Button
            size="small"
            isLoading={create.isPending}
            onClick={() =>
              runWithToast(
                () => create.mutateAsync({ name: form.name || `${form.strategy_a} vs ${form.strategy_b}`, placement: form.placement, strategy_a: form.strategy_a, strategy_b: form.strategy_b, traffic_b: Number(form.traffic_b) }),
                "Experiment created (draft)"
              )
            }
          >
            Create
          </Button>
        </div>
      </div>
      <DataTable
        columns={columns}
        rows={data?.experiments}
        rowTestId="experiment-row"
        rowProps={(e) => ({ "data-experiment": e.number })}
        empty="No experiments yet. Create one above; it splits visitors once started."
        pager={page.pager(data?.count)}
      />
    </SectionCard>
  )
}
