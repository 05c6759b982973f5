export * from "./jobs/enqueue-catalog-job"
export * from "./lead-times/save-lead-times"
export * from "./settings/update-settings"
