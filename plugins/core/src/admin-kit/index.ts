/**
 * `@finesse/core/admin-kit`: the admin pieces every Finesse plugin's pages share — one js-sdk client, money/percent
 * and date formatting, chart cards, paginated tables, empty states, job progress and a run-job drawer, toasts. A
 * capability plugin imports these instead of writing its own (its admin bundle leaves the import to the host's
 * admin build, which resolves it from the installed @finesse/core).
 */
export * from "./sdk"
export * from "./format"
export * from "./charts"
export * from "./progress-bar"
export * from "./data-table"
export * from "./empty-state"
export * from "./jobs"
export * from "./job-progress"
export * from "./run-job-drawer"
export * from "./toast"
