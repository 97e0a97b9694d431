/**
 * Replaces Payload's "Publish" button in reviewed collections: publishing is a review move made
 * from the workflow panel, and the server refuses ordinary saves that publish (403).
 */
export const NoPublishButton = () => null
