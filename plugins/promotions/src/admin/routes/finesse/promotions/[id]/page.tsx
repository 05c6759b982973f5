import { Button, Container, StatusBadge, Text } from "@medusajs/ui"
import { EmptyNote, ErrorState, SectionCard, StartJobButton, formatDate, formatNumber } from "@finesse/core/admin-kit"
import { Link, useParams } from "react-router-dom"
import { ChecksCard } from "../../../../components/checks-card"
import { CheckBadge, TEMPLATE_LABEL } from "../../../../components/labels"
import { LaunchDrawer } from "../../../../components/launch-drawer"
import { describeMechanics } from "../../../../components/mechanics"
import { PromotionsHeader } from "../../../../components/promotions-header"
import { ReportView } from "../../../../components/report-view"
import { SimulationCard } from "../../../../components/simulation-card"
import { startEvaluation, usePromotionDetail } from "../../../../hooks/promotions"

/**
 * One promotion: what it is in Medusa, its pre-launch checks and simulation, its launch (with a holdout), its
 * experiment arms and its evaluation report.
 */
const PromotionPage = () => {
  const { id } = useParams()
  const { data, error, isLoading, refetch } = usePromotionDetail(id)
  if (error) return <ErrorState title="Could not load the promotion" error={error} onRetry={() => refetch()} />
  if (!data) return <PromotionsHeader title="Promotion" busy={isLoading} />
  const { promotion: p, plan, evaluation, experiment } = data
  // a launched or past promotion leads with what it earned; a planned one with its checks
  const launched = plan?.status === "launched" || plan?.status === "ended" || !!evaluation
  const planning = (
    <>
      <ChecksCard detail={data} />
      <SimulationCard detail={data} />
    </>
  )
  const results = (
    <>
      {experiment && (
        <SectionCard
          title={experiment.kind === "holdout" ? "Holdout" : "A/B test"}
          subtitle={`${Math.round(experiment.holdout_share * 100)} % held out of ${formatNumber(experiment.member_count)} customers, kept by Medusa customer groups on the promotion's rules`}
          testId="experiment-card"
          actions={
            <Link to={`/finesse/promotions/experiments?id=${experiment.id}`}>
              <Button size="small" variant="secondary">
                Experiment statistics
              </Button>
            </Link>
          }
        >
          <div className="flex flex-wrap gap-x-8 gap-y-2 px-6 py-4">
            {experiment.arms.map((a) => (
              <div key={a.id} className="flex flex-col">
                <Text size="small" weight="plus">
                  {a.code === "holdout" ? "Held out" : a.code === "treatment" ? "Treated" : `Arm ${a.code}`}: {formatNumber(a.member_count)}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  group {a.customer_group_id ?? "–"}
                </Text>
              </div>
            ))}
          </div>
        </SectionCard>
      )}
      <Container className="divide-y p-0" data-testid="report-section">
        <div className="flex items-center justify-between px-6 py-4">
          <Text size="small" weight="plus">
            Evaluation report
          </Text>
          <StartJobButton label="Evaluate now" runningLabel="Evaluating…" start={() => startEvaluation(p.id)} refresh={[["finesse-promotions"]]} done={() => "Report updated"} testId="evaluate" />
        </div>
        {!evaluation && <EmptyNote title="No report yet">Reports are made nightly for promotions that ran in the last 150 days (and on demand): against the holdout, or a matched control when there was none.</EmptyNote>}
      </Container>
      {evaluation && <ReportView evaluation={evaluation} />}
    </>
  )
  return (
    <div className="flex flex-col gap-y-3" data-testid="promotion-page">
      <PromotionsHeader
        title={plan?.name ?? p.campaign?.name ?? p.code}
        subtitle={`${p.code} · ${describeMechanics(p)} · ${formatDate(p.campaign?.starts_at)} – ${formatDate(p.campaign?.ends_at)}`}
        actions={
          <>
            <StatusBadge color={p.status === "active" ? "green" : p.status === "draft" ? "grey" : "orange"}>{p.status} in Medusa</StatusBadge>
            <CheckBadge status={plan?.check_status} />
            <Link to={`/promotions/${p.id}`}>
              <Button size="small" variant="secondary">
                Open in Medusa
              </Button>
            </Link>
            <LaunchDrawer detail={data} />
          </>
        }
      >
        <div className="flex flex-wrap gap-x-8 gap-y-2 px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            Template: {plan ? TEMPLATE_LABEL[plan.template] ?? plan.template : "not planned in Finesse"}
          </Text>
          {plan && (
            <Text size="small" className="text-ui-fg-subtle">
              Expected uplift {Math.round(plan.expected_uplift * 100)} % · {plan.status}
              {plan.launched_at ? ` ${formatDate(plan.launched_at)}` : ""}
            </Text>
          )}
          {p.campaign?.budget?.limit != null && (
            <Text size="small" className="text-ui-fg-subtle">
              Budget: {p.campaign.budget.type} {p.campaign.budget.limit}
              {p.campaign.budget.used != null ? ` (used ${p.campaign.budget.used})` : ""}
            </Text>
          )}
        </div>
      </PromotionsHeader>
      {launched ? (
        <>
          {results}
          {planning}
        </>
      ) : (
        <>
          {planning}
          {results}
        </>
      )}
    </div>
  )
}

export default PromotionPage
