import { ChartSkeleton, ErrorState, StartJobButton } from "@finesse/core/admin-kit"
import { ModelStatusView } from "../../../../components/model-status"
import { RiskHeader } from "../../../../components/risk-header"
import { riskKeys, startTraining, useModelStatus } from "../../../../hooks/risk"

/** Model: the store's own fraud model trained on its labelled orders, with its quality and the labels it still needs. */
const RiskModelPage = () => {
  const { data, isLoading, isError, error, refetch } = useModelStatus()
  return (
    <div className="flex flex-col gap-y-3" data-testid="risk-model-page">
      <RiskHeader
        title="Model"
        subtitle="Trained nightly on the store's own chargebacks and fraud cancellations once there are enough"
        actions={<StartJobButton label="Train now" runningLabel="Training" start={startTraining} refresh={[[...riskKeys.model], [...riskKeys.overview]]} done={() => "Training finished"} testId="risk-train" />}
      />
      {isError && <ErrorState title="Could not load the model status" error={error} onRetry={() => refetch()} />}
      {isLoading && <ChartSkeleton />}
      {data && <ModelStatusView status={data.model} />}
    </div>
  )
}

export default RiskModelPage
