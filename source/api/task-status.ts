// The Domain API's task and domain status values (docs/api.md, Operations we call), beside the schema but
// without zod, so the status screen and core can name states from them without loading the schema with its first frame.

/** Per-domain TaskStatus of QueryTaskDetailList; the TaskStatusCode is the index. */
export const DETAIL_STATUS = ['WAITING_EXECUTE', 'EXECUTING', 'EXECUTE_SUCCESS', 'EXECUTE_FAILURE'] as const;

/** The per-domain TaskStatusCode values by name (the index into DETAIL_STATUS). */
export const DETAIL_STATUS_CODE = {WAITING: 0, EXECUTING: 1, SUCCESS: 2, FAILURE: 3} as const;

/** Task-level TaskStatus and TaskStatusCode of QueryTaskList and QueryTaskInfoHistory. */
export const TASK_STATUS = {WAITING_EXECUTE: 1, EXECUTING: 2, COMPLETE: 3} as const;

/**
 * QueryDomainList's DomainStatus (docs/api.md): renewal due, in its redemption period, normal. It is also
 * QueryDomainList's QueryType for the first two lists. Absent for a domain pending delete, and on the 2017-12-18
 * product's QueryDomainByDomainName.
 */
export const DOMAIN_STATUS = {RENEWAL_DUE: '1', REDEMPTION: '2', NORMAL: '3'} as const;
