/** The colour scale of every Finesse heatmap, as inline styles from the admin's theme tokens (light and dark mode). */

export type HeatScale = {
  /** the share at which a cell is fully coloured (0.6 for retention, 0.12 for a 25-cell RFM grid) */
  full?: number
  /** a column that is the same for every row (cohort month 0, always 100 %): a faint fixed tint */
  calm?: boolean
}

/** How much of the interactive blue a cell gets: 10 % for a share just above 0, 95 % at `full` and above. */
export function heatStrength(share: number, { full = 1, calm = false }: HeatScale = {}): number {
  if (calm) return 0.14
  if (!(share > 0) || !(full > 0)) return 0
  return 0.1 + 0.85 * Math.min(1, share / full)
}

/**
 * Background and text colour of a cell: an empty (0) cell is the subtle background with muted text; above that
 * the blue is mixed in by `heatStrength`, and text turns light once the blue is strong enough to need it.
 */
export function heatStyle(share: number, scale: HeatScale = {}): { background: string; color: string } {
  const strength = heatStrength(share, scale)
  if (strength === 0) return { background: "var(--bg-subtle)", color: "var(--fg-muted)" }
  return {
    background: `color-mix(in srgb, var(--fg-interactive) ${Math.round(strength * 100)}%, transparent)`,
    color: !scale.calm && strength > 0.55 ? "var(--fg-on-color)" : "var(--fg-base)",
  }
}
