/**
 * Replaces Payload's "Unpublish" item in the edit view's menu for reviewed collections. That item
 * PATCHes `_status: 'draft'`, which the server saves as a new draft while the published version
 * stays live, yet the admin reports "unpublished". Unpublishing is the workflow's `unpublish` move.
 */
export const NoUnpublishButton = () => null
