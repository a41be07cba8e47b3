/**
 * What `npm run dev` passes to `refreshContent` once content is right again,
 * so that only the folders that failed to load when the server started load
 * again (the others already follow their files).
 */
export const RETRY_FAILED_LOADS = 'learningWeekRetryFailedLoads';
