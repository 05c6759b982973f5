import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Button, Container, StatusBadge, Text } from "@medusajs/ui"
import { EmptyNote, SectionHeader, formatDateTime, runWithToast } from "@finesse/core/admin-kit"
import { Link } from "react-router-dom"
import { CHECK_COLOR, VerdictBadge, withInterval } from "../components/labels"
import { usePromotionDetail, useRunChecks } from "../hooks/promotions"

/**
 * On Medusa's own promotion page: the promotion's pre-launch checks and its evaluation (verdict, net incremental
 * margin with its interval and the reasons), with a link to the full report in Finesse.
 */
const PromotionFinesseWidget = ({ data: promotion }: { data: { id: string; code?: string } }) => {
  const { data, isLoading } = usePromotionDetail(promotion.id)
  const checks = useRunChecks(promotion.id)
  if (isLoading || !data) return null
  const evaluation = data.evaluation
  const report = evaluation?.report?.currencies?.[evaluation.report.primary]
  return (
    <Container className="divide-y p-0" data-testid="promotion-finesse-widget">
      <SectionHeader
        title="Finesse: checks and report"
        subtitle={data.plan?.experiment_id ? "Launched with a holdout kept by a customer group" : "Pre-launch checks on your data, and what the promotion earned"}
        actions={
          <>
            <Button size="small" variant="secondary" isLoading={checks.isPending} onClick={() => runWithToast(() => checks.mutateAsync(), (r) => `Checks: ${r.checks.status}`)}>
              Run checks
            </Button>
            <Link to={`/finesse/promotions/${promotion.id}`}>
              <Button size="small" variant="secondary">
                Open in Finesse
              </Button>
            </Link>
          </>
        }
      />
      <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="widget-checks">
        {data.checks ? (
          <>
            <Text size="xsmall" className="text-ui-fg-subtle">
              Checked {formatDateTime(data.checks.run_at)}
            </Text>
            {data.checks.results.map((r) => (
              <div key={r.id} className="flex items-start gap-x-2">
                <StatusBadge color={CHECK_COLOR[r.status]}>{r.status}</StatusBadge>
                <Text size="small">{r.message}</Text>
              </div>
            ))}
          </>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            Not checked yet: overlap, margin after discount, stock cover, budget burn and peak days.
          </Text>
        )}
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="widget-report">
        {evaluation && report ? (
          <>
            <div className="flex items-center gap-x-2">
              <VerdictBadge evaluation={evaluation} />
              <Text size="small" weight="plus">
                Net incremental {report.netEffect.basis === "net_margin" ? "margin" : "GMV"} {withInterval(report.netEffect.total, report.netEffect.totalLow, report.netEffect.totalHigh, evaluation.currency_code)}
              </Text>
            </div>
            <ul className="text-ui-fg-subtle txt-small list-disc pl-5">
              {report.verdict.reasons.map((why) => (
                <li key={why}>{why}</li>
              ))}
            </ul>
          </>
        ) : evaluation ? (
          <EmptyNote title="No report">{evaluation.message}</EmptyNote>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            No evaluation yet: promotions are evaluated nightly once they have started.
          </Text>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "promotion.details.after" })

export default PromotionFinesseWidget
