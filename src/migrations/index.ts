import * as migration_20261122_033350_initial from './20261122_033350_initial';
import * as migration_20261122_042850_review_workflow from './20261122_042850_review_workflow';
import * as migration_20261122_050031_drop_reset_request_throttle from './20261122_050031_drop_reset_request_throttle';
import * as migration_20261130_082144_public_list_indexes from './20261130_082144_public_list_indexes';
import * as migration_20261130_093239_webhooks from './20261130_093239_webhooks';
import * as migration_20261130_103051_workflow_publication_and_revisions from './20261130_103051_workflow_publication_and_revisions';
import * as migration_20261130_104310_reference_keys_and_review_flags from './20261130_104310_reference_keys_and_review_flags';
import * as migration_20261130_111500_backfill_publication_and_trail_numbers from './20261130_111500_backfill_publication_and_trail_numbers';
import * as migration_20261130_132636_shared_content_generation from './20261130_132636_shared_content_generation';
import * as migration_20261130_183845_quote_attribution from './20261130_183845_quote_attribution';

export const migrations = [
  {
    up: migration_20261122_033350_initial.up,
    down: migration_20261122_033350_initial.down,
    name: '20261122_033350_initial',
  },
  {
    up: migration_20261122_042850_review_workflow.up,
    down: migration_20261122_042850_review_workflow.down,
    name: '20261122_042850_review_workflow',
  },
  {
    up: migration_20261122_050031_drop_reset_request_throttle.up,
    down: migration_20261122_050031_drop_reset_request_throttle.down,
    name: '20261122_050031_drop_reset_request_throttle',
  },
  {
    up: migration_20261130_082144_public_list_indexes.up,
    down: migration_20261130_082144_public_list_indexes.down,
    name: '20261130_082144_public_list_indexes',
  },
  {
    up: migration_20261130_093239_webhooks.up,
    down: migration_20261130_093239_webhooks.down,
    name: '20261130_093239_webhooks',
  },
  {
    up: migration_20261130_103051_workflow_publication_and_revisions.up,
    down: migration_20261130_103051_workflow_publication_and_revisions.down,
    name: '20261130_103051_workflow_publication_and_revisions',
  },
  {
    up: migration_20261130_104310_reference_keys_and_review_flags.up,
    down: migration_20261130_104310_reference_keys_and_review_flags.down,
    name: '20261130_104310_reference_keys_and_review_flags',
  },
  {
    up: migration_20261130_111500_backfill_publication_and_trail_numbers.up,
    down: migration_20261130_111500_backfill_publication_and_trail_numbers.down,
    name: '20261130_111500_backfill_publication_and_trail_numbers',
  },
  {
    up: migration_20261130_132636_shared_content_generation.up,
    down: migration_20261130_132636_shared_content_generation.down,
    name: '20261130_132636_shared_content_generation',
  },
  {
    up: migration_20261130_183845_quote_attribution.up,
    down: migration_20261130_183845_quote_attribution.down,
    name: '20261130_183845_quote_attribution'
  },
];
