import { Button, StatusBadge, Text } from "@medusajs/ui"
import { DataTable, EmptyNote, SectionCard, TitleCell, formatDate, formatDateTime, formatNumber, runWithToast, usePagedList, type Column } from "@finesse/core/admin-kit"
import { Link, useSearchParams } from "react-router-dom"
import { AbDrawer } from "../../../../components/ab-drawer"
import { ExperimentStats } from "../../../../components/experiment-stats"
import { VerdictBadge, withInterval } from "../../../../components/labels"
import { PromotionsHeader } from "../../../../components/promotions-header"
import { useExperiment, useExperiments, useStopExperiment, useSyncExperiment, type Experiment } from "../../../../hooks/promotions"

const COLUMNS: Column<Experiment>[] = [
  { key: "name", header: "Experiment", cell: (e) => <TitleCell title={e.name} detail={e.kind === "holdout" ? "holdout" : "A/B test"} /> },
  { key: "arms", header: "Arms", cell: (e) => e.arms.map((a) => `${a.code} ${formatNumber(a.member_count)}`).join(" · ") },
  { key: "status", header: "Status", cell: (e) => <StatusBadge color={e.status === "running" ? "green" : "grey"}>{e.status}</StatusBadge> },
  { key: "started", header: "Started", cell: (e) => formatDate(e.started_at) },
]

const Detail = ({ id }: { id: string }) => {
  const { data } = useExperiment(id)
  const sync = useSyncExperiment(id)
  const stop = useStopExperiment(id)
  if (!data) return null
  const e = data.experiment
  const currency = e.currency_code ?? "eur"
  return (
    <SectionCard
      title={e.name}
      subtitle={`${e.kind === "holdout" ? "Holdout" : "A/B test"} of ${formatNumber(e.member_count)} customers, ${Math.round(e.holdout_share * 100)} % held out; groups synced ${formatDateTime(e.synced_at)}`}
      testId="experiment-detail"
      actions={
        e.status === "running" && (
          <>
            <Button size="small" variant="secondary" isLoading={sync.isPending} onClick={() => runWithToast(() => sync.mutateAsync(), (r) => `${r.sync.new_assignments} new customers assigned`)}>
              Sync groups now
            </Button>
            <Button size="small" variant="danger" isLoading={stop.isPending} onClick={() => runWithToast(() => stop.mutateAsync({ deactivate_promotions: true }), "Stopped; promotions set inactive")}>
              Stop and end promotions
            </Button>
          </>
        )
      }
    >
      <div className="flex flex-wrap gap-x-8 gap-y-2 px-6 py-4">
        {e.arms.map((a) => (
          <div key={a.id} className="flex flex-col" data-testid="experiment-arm" data-arm={a.code}>
            <Text size="small" weight="plus">
              {a.code === "holdout" ? "Held out" : a.code === "treatment" ? "Treated" : `Arm ${a.code}`}: {formatNumber(a.member_count)}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {a.promotion_id ? <Link to={`/finesse/promotions/${a.promotion_id}`}>{a.promotion_code ?? a.promotion_id}</Link> : "no promotion"} · group {a.customer_group_id}
            </Text>
          </div>
        ))}
      </div>
      {data.evaluations.map((ev) => (
        <div key={ev.id} className="flex items-center gap-x-3 px-6 py-3">
          <VerdictBadge evaluation={ev} />
          <Text size="small">
            {ev.code}: net {withInterval(ev.net_effect, ev.net_effect_low, ev.net_effect_high, ev.currency_code)}
          </Text>
        </div>
      ))}
      <div className="py-4">
        <ExperimentStats report={data.report} currency={currency} />
      </div>
    </SectionCard>
  )
}

/** Holdouts and A/B tests of promotions: arms, their Medusa customer groups, and the statistics. */
const ExperimentsPage = () => {
  const [params, setParams] = useSearchParams()
  const list = usePagedList(10)
  const { data, error } = useExperiments(list.query)
  const selected = params.get("id") ?? data?.experiments[0]?.id ?? null
  return (
    <div className="flex flex-col gap-y-3" data-testid="promotion-experiments-page">
      <PromotionsHeader
        title="Experiments"
        subtitle="Holdouts and A/B tests kept by Medusa customer groups: Welch, CUPED, two-proportion tests, a Bayesian probability, a sequential stop rule and Holm's correction"
        actions={<AbDrawer onStarted={(id) => setParams({ id })} />}
      >
        <DataTable
          columns={COLUMNS}
          rows={data?.experiments}
          error={error}
          rowTestId="experiment-row"
          rowProps={(e) => ({ "data-selected": e.id === selected })}
          onRowClick={(e) => setParams({ id: e.id })}
          pager={list.pager(data?.count)}
          empty={<EmptyNote title="No experiment yet">Launch a promotion with a holdout, or start an A/B test between two planned promotions.</EmptyNote>}
        />
      </PromotionsHeader>
      {selected && <Detail id={selected} />}
    </div>
  )
}

export default ExperimentsPage
