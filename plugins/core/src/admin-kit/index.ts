/**
 * `@finesse/core/admin-kit`: the admin pieces every Finesse plugin's pages share, so that each thing has one
 * implementation (see README.md for the list). A capability plugin imports these instead of writing its own; its
 * admin bundle leaves the import to the host's admin build, which resolves it from the installed @finesse/core.
 */
export * from "./sdk"
export * from "./toast"
export * from "./format"
export * from "./heat"
export * from "./section"
export * from "./page-header"
export * from "./form"
export * from "./empty-state"
export * from "./stat"
export * from "./data-table"
export * from "./charts"
export * from "./heatmap"
export * from "./share-bar"
export * from "./progress-bar"
export * from "./jobs"
export * from "./job-progress"
export * from "./run-job-drawer"
