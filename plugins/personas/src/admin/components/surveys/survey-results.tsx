import { Text } from "@medusajs/ui"
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { AXIS_TICK, CHART, SectionCard, ShareBar, formatNumber, formatPercent } from "@finesse/core/admin-kit"
import { useSurveyResults, type Survey } from "../../hooks/surveys"

/** Result summaries of one survey: choice shares, the scale distribution and mean, the latest free-text answers. */
export const SurveyResults = ({ survey }: { survey: Survey }) => {
  const { data } = useSurveyResults(survey.id)
  const r = data?.results
  return (
    <SectionCard
      testId="survey-results"
      title={`Results: ${survey.title}`}
      subtitle={r ? `${formatNumber(r.responses)} responses · ${formatNumber(r.incentives_given)} codes given` : "Loading…"}
    >
      {r?.questions.map((q) => (
        <div key={q.key} className="flex flex-col gap-y-2 px-6 py-4" data-testid="question-summary">
          <div className="flex items-baseline justify-between gap-x-3">
            <Text size="small" weight="plus">
              {q.prompt}
            </Text>
            <Text size="xsmall" className="text-ui-fg-muted">
              {formatNumber(q.answered)} answered
            </Text>
          </div>
          {q.choices && (
            <div className="flex flex-col">
              {q.choices.map((c) => (
                <ShareBar key={c.option} label={c.option} share={c.share} figures={[`${formatNumber(c.count)} (${formatPercent(c.share, 0)})`]} />
              ))}
            </div>
          )}
          {q.scale && (
            <div>
              <Text size="small" className="text-ui-fg-subtle">
                Mean {q.scale.mean == null ? "–" : q.scale.mean.toFixed(1)} on {q.scale.min}–{q.scale.max}
              </Text>
              <ResponsiveContainer width="100%" height={120}>
                <BarChart data={q.scale.histogram} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
                  <CartesianGrid vertical={false} stroke={CHART.grid} strokeDasharray="3 3" />
                  <XAxis dataKey="value" tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: CHART.grid }} />
                  <YAxis allowDecimals={false} tick={AXIS_TICK} tickLine={false} axisLine={false} width={28} />
                  <Tooltip cursor={{ fill: CHART.cursor }} />
                  <Bar dataKey="count" fill={CHART.primary} radius={[3, 3, 0, 0]} isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
          )}
          {q.texts && (
            <div className="flex flex-col gap-y-1">
              {q.texts.length === 0 && (
                <Text size="small" className="text-ui-fg-muted">
                  No answers yet
                </Text>
              )}
              {q.texts.map((t, i) => (
                <Text key={i} size="small" className="text-ui-fg-subtle">
                  “{t}”
                </Text>
              ))}
            </div>
          )}
        </div>
      ))}
    </SectionCard>
  )
}
