export * from "./jobs/enqueue-job"
export * from "./jobs/retry-job"
export * from "./jobs/cancel-job"
