import { Container, Heading, Text } from "@medusajs/ui"
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { useSurveyResults, type Survey } from "../../hooks/surveys"
import { formatNumber, formatPercent, AXIS_TICK, CHART } from "@finesse/core/admin-kit"

/** Result summaries of one survey: choice shares, the scale distribution and mean, the latest free-text answers. */
export const SurveyResults = ({ survey }: { survey: Survey }) => {
  const { data } = useSurveyResults(survey.id)
  const r = data?.results
  return (
    <Container className="flex flex-col divide-y p-0" data-testid="survey-results">
      <div className="px-6 py-4">
        <Heading level="h2">Results: {survey.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {r ? `${formatNumber(r.responses)} responses · ${formatNumber(r.incentives_given)} codes given` : "Loading…"}
        </Text>
      </div>
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
            <div className="flex flex-col gap-y-1">
              {q.choices.map((c) => (
                <div key={c.option} className="flex items-center gap-x-3">
                  <Text size="small" className="w-40 shrink-0 truncate">
                    {c.option}
                  </Text>
                  <div className="bg-ui-bg-subtle h-2 flex-1 overflow-hidden rounded-full">
                    <div className="bg-ui-fg-interactive h-full" style={{ width: `${100 * c.share}%` }} />
                  </div>
                  <Text size="small" className="text-ui-fg-subtle w-24 text-right tabular-nums">
                    {formatNumber(c.count)} ({formatPercent(c.share, 0)})
                  </Text>
                </div>
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
    </Container>
  )
}
