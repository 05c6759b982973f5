/** One UTC day in milliseconds: every period in the plugin is [start, end) in epoch ms. */
export const DAY_MS = 86_400_000
