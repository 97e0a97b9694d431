/**
 * The review moves the bench makes, in turn, from published back to published: unpublish, reopen,
 * submit, approve, publish. Both the HTTP editors (scripts/bench.ts) and the Local API write
 * measurement (scripts/bench/payloadWork.ts) take each article round it.
 */
export const MOVE_CYCLE = ['archived', 'draft', 'in_review', 'approved', 'published']
