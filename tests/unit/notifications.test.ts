/**
 * Who is e-mailed about each review move, and what the e-mail says. Expected recipients are
 * written out by hand per action, not derived from the module's own table.
 */
import {
  composeTransitionEmail,
  escapeHtml,
  recipientsFor,
  type NotifiableUser,
  type RecipientsInput,
} from '../../src/workflow/notifications'
import { WORKFLOW_ACTIONS, type WorkflowAction } from '../../src/workflow/transitions'

const user = (id: string, roles: string[], email: string | null = `${id}@test.example`) => ({
  id,
  email,
  roles,
})

const USERS: NotifiableUser[] = [
  user('admin', ['admin']),
  user('editor1', ['editor']),
  user('editor2', ['editor']),
  user('reviewer1', ['reviewer']),
  user('reviewer2', ['reviewer']),
  user('reviewer3', ['reviewer']),
  user('author1', ['author']),
  user('author2', ['author']),
]

const DOCUMENT = { authorIds: ['author1', 'author2'], assignedReviewerIds: ['reviewer2'] }

const recipients = (overrides: Partial<RecipientsInput> & { action: WorkflowAction }): string[] =>
  recipientsFor({ document: DOCUMENT, actorId: 'admin', users: USERS, ...overrides })

const at = (...ids: string[]) => ids.map((id) => `${id}@test.example`)

describe('recipientsFor: who is told about each move', () => {
  const EXPECTED: Record<WorkflowAction, string[]> = {
    submit: at('reviewer2'),
    resubmit: at('reviewer2'),
    requestChanges: at('author1', 'author2'),
    approve: at('editor1', 'editor2'),
    publish: at('author1', 'author2'),
    unpublish: [],
    withdraw: at('author1', 'author2'),
    discard: [],
    reopen: at('author1', 'author2'),
  }

  it.each(WORKFLOW_ACTIONS.map((action) => [action, EXPECTED[action]] as const))(
    '%s -> %j',
    (action, expected) => {
      expect(recipients({ action })).toEqual(expected)
    },
  )

  it('covers every workflow action', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...WORKFLOW_ACTIONS].sort())
  })
})

describe('recipientsFor: submitting and resubmitting', () => {
  it.each(['submit', 'resubmit'] as const)(
    '%s tells every reviewer when none is assigned',
    (action) => {
      expect(
        recipients({ action, document: { authorIds: ['author1'], assignedReviewerIds: [] } }),
      ).toEqual(at('reviewer1', 'reviewer2', 'reviewer3'))
    },
  )

  it('tells only the assigned reviewers, in the order they were assigned', () => {
    expect(
      recipients({
        action: 'submit',
        document: { authorIds: [], assignedReviewerIds: ['reviewer3', 'reviewer1'] },
      }),
    ).toEqual(at('reviewer3', 'reviewer1'))
  })

  it('leaves out admins and editors when falling back to all reviewers', () => {
    const told = recipients({
      action: 'submit',
      document: { authorIds: [], assignedReviewerIds: [] },
    })
    expect(told).not.toContain('admin@test.example')
    expect(told).not.toContain('editor1@test.example')
  })

  it('falls back to all reviewers when the only assigned reviewer is the actor', () => {
    expect(
      recipients({
        action: 'resubmit',
        actorId: 'reviewer2',
        document: { authorIds: [], assignedReviewerIds: ['reviewer2'] },
      }),
    ).toEqual(at('reviewer1', 'reviewer3'))
  })

  it('skips an assigned user who is no longer a reviewer, and falls back if none is left', () => {
    const users = [...USERS, user('former', ['author'])]
    expect(
      recipients({
        action: 'submit',
        users,
        document: { authorIds: [], assignedReviewerIds: ['former', 'reviewer1'] },
      }),
    ).toEqual(at('reviewer1'))
    expect(
      recipients({
        action: 'submit',
        users,
        document: { authorIds: [], assignedReviewerIds: ['former'] },
      }),
    ).toEqual(at('reviewer1', 'reviewer2', 'reviewer3'))
  })

  it('falls back when the assigned reviewers have no usable address', () => {
    const users = [...USERS, user('silent', ['reviewer'], null)]
    expect(
      recipients({
        action: 'submit',
        users,
        document: { authorIds: [], assignedReviewerIds: ['silent', 'unknown-id'] },
      }),
    ).toEqual(at('reviewer1', 'reviewer2', 'reviewer3'))
  })

  it('tells nobody when there is no reviewer at all', () => {
    expect(
      recipients({
        action: 'submit',
        users: USERS.filter((candidate) => !candidate.roles?.includes('reviewer')),
        document: { authorIds: [], assignedReviewerIds: [] },
      }),
    ).toEqual([])
  })
})

describe('recipientsFor: the actor', () => {
  it('never e-mails the actor, even when they are one of the recipients', () => {
    expect(recipients({ action: 'requestChanges', actorId: 'author1' })).toEqual(at('author2'))
    expect(recipients({ action: 'approve', actorId: 'editor1' })).toEqual(at('editor2'))
  })

  it('tells nobody when the actor is the only candidate', () => {
    expect(
      recipients({
        action: 'publish',
        actorId: 'editor1',
        document: { authorIds: ['editor1'], assignedReviewerIds: [] },
      }),
    ).toEqual([])
    expect(
      recipients({
        action: 'approve',
        actorId: 'editor1',
        users: USERS.filter((candidate) => candidate.id !== 'editor2'),
      }),
    ).toEqual([])
  })

  it('compares ids as strings, so a numeric id still matches the actor', () => {
    expect(
      recipientsFor({
        action: 'requestChanges',
        document: { authorIds: [7, 8], assignedReviewerIds: [] },
        actorId: '7',
        users: [user('7', ['author'], 'seven@test.example'), { ...user('8', ['author']), id: 8 }],
      }),
    ).toEqual(['8@test.example'])
  })

  it("also leaves out another account that shares the actor's address", () => {
    expect(
      recipientsFor({
        action: 'approve',
        document: DOCUMENT,
        actorId: 'reviewer1',
        users: [
          user('reviewer1', ['reviewer', 'editor'], 'same@test.example'),
          user('e', ['editor'], 'SAME@test.example'),
        ],
      }),
    ).toEqual([])
  })

  it('works without an actor id', () => {
    expect(recipients({ action: 'approve', actorId: null })).toEqual(at('editor1', 'editor2'))
  })
})

describe('recipientsFor: addresses', () => {
  it('sends once to an address listed twice, whatever its case', () => {
    const users = [
      user('a', ['author'], 'Writer@Test.Example'),
      user('b', ['author'], ' writer@test.example '),
      user('c', ['author'], 'other@test.example'),
    ]
    expect(
      recipientsFor({
        action: 'publish',
        document: { authorIds: ['a', 'b', 'c', 'a'], assignedReviewerIds: [] },
        actorId: 'someone-else',
        users,
      }),
    ).toEqual(['Writer@Test.Example', 'other@test.example'])
  })

  it('sends once to a user who is both editor and reviewer, or listed twice', () => {
    const users = [user('both', ['editor', 'reviewer']), user('both', ['editor', 'reviewer'])]
    expect(recipientsFor({ action: 'approve', document: DOCUMENT, actorId: null, users })).toEqual(
      at('both'),
    )
  })

  it('skips users without an address or with one a mailer would misread', () => {
    const users: NotifiableUser[] = [
      user('none', ['editor'], null),
      { id: 'missing', roles: ['editor'] },
      user('blank', ['editor'], '   '),
      user('two', ['editor'], 'a@test.example, b@test.example'),
      user('named', ['editor'], 'Eve <eve@test.example>'),
      user('newline', ['editor'], 'x@test.example\r\nBcc: y@test.example'),
      user('ok', ['editor']),
    ]
    expect(recipientsFor({ action: 'approve', document: DOCUMENT, actorId: null, users })).toEqual(
      at('ok'),
    )
  })

  it('skips users who hold no role any more', () => {
    const users = [user('gone', []), { ...user('nulled', ['editor']), roles: null }, ...USERS]
    expect(
      recipientsFor({
        action: 'requestChanges',
        document: { authorIds: ['gone', 'nulled', 'author1'], assignedReviewerIds: [] },
        actorId: null,
        users,
      }),
    ).toEqual(at('author1'))
  })

  it('tells listed authors whatever their role, and skips ids it has no user for', () => {
    expect(
      recipients({
        action: 'requestChanges',
        document: { authorIds: ['editor1', 'deleted-user'], assignedReviewerIds: [] },
      }),
    ).toEqual(at('editor1'))
  })
})

const BASE = {
  collectionLabel: 'Article',
  title: 'Ice pick scars',
  actorName: 'Rita Reviewer',
  adminUrl: 'http://localhost:3000/admin/collections/articles/abc-123',
} as const

describe('composeTransitionEmail', () => {
  it.each([
    ['submit', 'draft', 'in_review', 'Review requested: Article “Ice pick scars”'],
    [
      'resubmit',
      'changes_requested',
      'in_review',
      'Review requested again: Article “Ice pick scars”',
    ],
    [
      'requestChanges',
      'in_review',
      'changes_requested',
      'Changes requested: Article “Ice pick scars”',
    ],
    ['approve', 'in_review', 'approved', 'Approved, ready to publish: Article “Ice pick scars”'],
    ['publish', 'approved', 'published', 'Published: Article “Ice pick scars”'],
    ['unpublish', 'published', 'archived', 'Unpublished: Article “Ice pick scars”'],
    ['reopen', 'archived', 'draft', 'Reopened: Article “Ice pick scars”'],
  ] as const)('%s: subject, states and link', (action, from, to, subject) => {
    const mail = composeTransitionEmail({ ...BASE, action, from, to })
    expect(mail.subject).toBe(subject)
    expect(mail.text).toContain('Rita Reviewer')
    expect(mail.text).toContain(BASE.adminUrl)
    expect(mail.html).toContain(`href="${BASE.adminUrl}"`)
    expect(mail.text).not.toContain('Comment')
  })

  it('shows the move in words', () => {
    const mail = composeTransitionEmail({
      ...BASE,
      action: 'approve',
      from: 'in_review',
      to: 'approved',
    })
    expect(mail.text).toContain('Review state: In review → Approved')
    expect(mail.text).toContain('Rita Reviewer approved the article “Ice pick scars”.')
    expect(mail.text).toContain('ready to be published')
  })

  it('includes the comment when changes are requested, line by line', () => {
    const mail = composeTransitionEmail({
      ...BASE,
      action: 'requestChanges',
      from: 'in_review',
      to: 'changes_requested',
      comment: 'Cite the 2019 trial.\r\nFix the dosage.',
    })
    expect(mail.text).toContain('What to change:\n> Cite the 2019 trial.\n> Fix the dosage.')
    expect(mail.html).toContain('Cite the 2019 trial.<br>Fix the dosage.')
  })

  it('shows a comment on other moves under a neutral heading', () => {
    const mail = composeTransitionEmail({
      ...BASE,
      action: 'submit',
      from: 'draft',
      to: 'in_review',
      comment: 'Second section is new.',
    })
    expect(mail.text).toContain('Comment:\n> Second section is new.')
  })

  it('ignores a blank comment', () => {
    const mail = composeTransitionEmail({
      ...BASE,
      action: 'submit',
      from: 'draft',
      to: 'in_review',
      comment: '  \n ',
    })
    expect(mail.text).not.toContain('Comment')
    expect(mail.html).not.toContain('blockquote')
  })

  it('escapes everything users wrote in the HTML', () => {
    const mail = composeTransitionEmail({
      action: 'requestChanges',
      from: 'in_review',
      to: 'changes_requested',
      collectionLabel: 'Article <b>',
      title: '<script>alert("t")</script> & more',
      actorName: '<img src=x onerror=alert(1)>',
      comment: 'Use <em>"quotes"</em> & \'apostrophes\'',
      adminUrl: 'http://localhost:3000/admin/collections/articles/1?a=1&b="x"',
    })
    expect(mail.html).not.toMatch(/<script|<img|<em>|<b>/)
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; more')
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(mail.html).toContain(
      'Use &lt;em&gt;&quot;quotes&quot;&lt;/em&gt; &amp; &#39;apostrophes&#39;',
    )
    expect(mail.html).toContain(
      'href="http://localhost:3000/admin/collections/articles/1?a=1&amp;b=%22x%22"',
    )
    // The plain text stays plain.
    expect(mail.text).toContain('<script>alert("t")</script> & more')
  })

  it('never turns a non-http link into a link', () => {
    const mail = composeTransitionEmail({
      ...BASE,
      action: 'publish',
      from: 'approved',
      to: 'published',
      adminUrl: 'javascript:alert(1)',
    })
    expect(mail.html).not.toContain('href=')
    expect(mail.html).toContain('Open it: javascript:alert(1)')
  })

  it('keeps the subject on one line and short', () => {
    const mail = composeTransitionEmail({
      ...BASE,
      action: 'submit',
      from: 'draft',
      to: 'in_review',
      title: `Line one\r\nBcc: victim@test.example\n${'x'.repeat(200)}`,
    })
    expect(mail.subject).not.toMatch(/[\r\n]/)
    expect(mail.subject).toMatch(
      /^Review requested: Article “Line one Bcc: victim@test\.example x+…”$/,
    )
    expect(mail.subject.length).toBeLessThan(130)
    // The body keeps the whole title.
    expect(mail.text).toContain('x'.repeat(200))
  })

  it('fills in a missing title and actor', () => {
    const mail = composeTransitionEmail({
      ...BASE,
      action: 'approve',
      from: 'in_review',
      to: 'approved',
      title: '  ',
      actorName: null,
    })
    expect(mail.subject).toBe('Approved, ready to publish: Article “(untitled)”')
    expect(mail.text).toContain('Someone approved the article “(untitled)”.')
  })
})

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    )
  })
})
