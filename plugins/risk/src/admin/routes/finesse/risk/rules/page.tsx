import { ChartSkeleton, ErrorState } from "@finesse/core/admin-kit"
import { ListsCard } from "../../../../components/lists-card"
import { RiskHeader } from "../../../../components/risk-header"
import { RulesEditor } from "../../../../components/rules-editor"
import { useRules } from "../../../../hooks/risk"

/** Rules & lists: the signals' points, arguments and thresholds with a back-test on history, and the allow/block lists. */
const RiskRulesPage = () => {
  const { data, isLoading, isError, error, refetch } = useRules()
  return (
    <div className="flex flex-col gap-y-3" data-testid="risk-rules-page">
      <RiskHeader
        title="Rules & lists"
        subtitle={data ? `${data.signals.length} signals · ${data.versions.length ? `${data.versions.length} saved versions` : "shipped defaults"}` : "What holds an order and what refuses it"}
      />
      {isError && <ErrorState title="Could not load the rules" error={error} onRetry={() => refetch()} />}
      {isLoading && <ChartSkeleton />}
      {data && <RulesEditor data={data} />}
      <ListsCard />
    </div>
  )
}

export default RiskRulesPage
