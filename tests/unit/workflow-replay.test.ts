import { BrokenTrailError, INITIAL_STATE, replayTrail } from '../../src/workflow/replay'

const event = (
  sequence: number,
  from: string,
  to: string,
  action: string,
  publication: 'live' | 'offline' = 'offline',
) => ({ sequence, from, to, action, publication })

describe('replayTrail', () => {
  test('no events: a draft nobody can read', () => {
    expect(replayTrail([])).toEqual(INITIAL_STATE)
  })

  test('a live document withdrawn with an edit pending', () => {
    const trail = [
      event(1, 'draft', 'in_review', 'submit'),
      event(2, 'in_review', 'approved', 'approve'),
      event(3, 'approved', 'published', 'publish', 'live'),
      event(4, 'published', 'draft', 'edit', 'live'),
      event(5, 'draft', 'in_review', 'submit', 'live'),
      event(6, 'in_review', 'in_review', 'withdraw', 'offline'),
    ]
    // Given out of order, events are taken by number.
    expect(replayTrail([...trail].reverse())).toEqual({
      reviewState: 'in_review',
      publication: 'offline',
      revision: 6,
    })
  })

  test.each([
    [
      'a missing number',
      [event(1, 'draft', 'in_review', 'submit'), event(3, 'in_review', 'approved', 'approve')],
      'Event 3 (approve) follows event 1; expected number 2.',
    ],
    [
      'a repeated number (two moves from the same revision)',
      [event(1, 'draft', 'in_review', 'submit'), event(1, 'draft', 'in_review', 'submit')],
      'Event 1 (submit) follows event 1; expected number 2.',
    ],
    [
      'an event that starts elsewhere',
      [event(1, 'draft', 'in_review', 'submit'), event(2, 'approved', 'published', 'publish')],
      'Event 2 (publish) starts from "approved", but the document was "in_review".',
    ],
    [
      'an event without publication',
      [{ sequence: 1, from: 'draft', to: 'in_review', action: 'submit', publication: null }],
      'Event 1 (submit) does not say whether the document was live.',
    ],
  ])('refuses %s', (_name, events, message) => {
    expect(() => replayTrail(events)).toThrow(new BrokenTrailError(message))
  })
})
