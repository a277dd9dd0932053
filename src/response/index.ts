/** The response: policies, campaigns, the task state machine, verification by scan, reopening and status lists. */
export { adapterFor, type RunSummary, runActions } from "./actions.js";
export { loadCampaign, taskForAsset } from "./campaign-access.js";
export { actionText, type CampaignPlan, planCampaign, type TaskPlan } from "./campaign-plan.js";
export { type StartOptions, type StartResult, startCampaign } from "./campaign-start.js";
export { moveTask, type ReopenResult, reopenAssets, reopenQueue, retryActions } from "./campaign-tasks.js";
export { formatSpan, parseDuration } from "./duration.js";
export { DEFAULT_POLICY_SOURCE, defaultPolicy, parsePolicyText, validatePolicy } from "./policy.js";
export type { PolicyDocument } from "./policy-schema.js";
export { type CampaignProgress, campaignProgress } from "./progress.js";
export { statusHtml } from "./status-html.js";
export { type StatusList, serviceStatus, statusCsv, statusList } from "./status-list.js";
export { assertTransition, isTaskState, TASK_STATES, type TaskState } from "./task-states.js";
export { transitionTask } from "./transitions.js";
export { onScanImported, type VerifyChange } from "./verify.js";
