export { defineJob, defineProcessor, FINESSE_JOBS_MODULE } from "./define"
export { getJobEntry, listJobEntries } from "./registry"
export * from "./types"
