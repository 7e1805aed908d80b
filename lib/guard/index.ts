export { installSubmitGuard, isComposingKey, type GuardHooks, type SubmitAttempt, type SubmitGuard } from './submit-guard';
export { keyTrigger, replayKeyEvent, type SubmitTrigger } from './trigger';
