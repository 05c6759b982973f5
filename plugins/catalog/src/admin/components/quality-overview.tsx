import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { AXIS_TICK, CHART, ChartCard, ChartTooltipBox, EmptyNote, StatGrid, StatTile, formatNumber, pointTooltip } from "@finesse/core/admin-kit"
import type { CategoryAnalysis, Gaps, QualitySummary } from "../hooks/catalog"

/** The Catalog page's figures: quality, the tree's problems and the searches that find nothing. */
export const CatalogTiles = ({ quality, categories, gaps }: { quality?: QualitySummary; categories?: CategoryAnalysis | null; gaps?: Gaps }) => {
  const s = categories?.summary
  return (
    <StatGrid testId="catalog-tiles">
      <StatTile label="Average quality score" value={quality?.products ? formatNumber(quality.average_score, 1) : "–"} hint={quality ? `${formatNumber(quality.products)} products scored` : undefined} valueTestId="stat-average-score" help="The weighted share of the quality rules a product meets, 0–100, averaged over the catalogue" />
      <StatTile label="Products below 70" value={quality ? formatNumber(quality.below_70) : "–"} hint={quality ? `${formatNumber(quality.above_90)} at 90 or more` : undefined} valueTestId="stat-below-70" />
      <StatTile label="Empty / overloaded categories" value={s ? `${s.empty} / ${s.overloaded}` : "–"} hint={s ? `${s.categories} categories, ${s.leaves} leaves, depth ${s.max_depth}` : undefined} valueTestId="stat-category-problems" />
      <StatTile label="Products in no category" value={s ? formatNumber(s.uncategorized_products) : "–"} hint={s ? `${s.thin} thin categories` : undefined} />
      <StatTile label="Searches with no result" value={gaps ? formatNumber(gaps.searches.reduce((a, g) => a + g.zeroResultSearches, 0)) : "–"} hint={gaps ? `${gaps.searches.length} terms shoppers do not find` : undefined} valueTestId="stat-zero-searches" />
    </StatGrid>
  )
}

export const ScoreDistribution = ({ quality }: { quality?: QualitySummary }) => (
  <ChartCard title="Quality score distribution" subtitle="Products per band of 10 points" testId="chart-score-distribution">
    {!quality?.products ? (
      <EmptyNote height={200} title="No scores yet">
        Scores appear after the first quality scoring (nightly, after product changes, or with “Score now”).
      </EmptyNote>
    ) : (
      <ResponsiveContainer width="100%" height={200}>
        <BarChart data={quality.distribution.map((d) => ({ ...d, band: `${d.from}–${d.to}` }))} margin={{ top: 4, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke={CHART.grid} />
          <XAxis dataKey="band" tick={AXIS_TICK} tickLine={false} axisLine={false} />
          <YAxis tick={AXIS_TICK} tickLine={false} axisLine={false} allowDecimals={false} width={36} />
          <Tooltip cursor={{ fill: CHART.cursor }} content={pointTooltip<{ band: string; products: number }>((p) => <ChartTooltipBox title={`Score ${p.band}`} rows={[{ label: "Products", value: formatNumber(p.products), color: CHART.primary }]} />)} />
          <Bar dataKey="products" fill={CHART.primary} radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    )}
  </ChartCard>
)
