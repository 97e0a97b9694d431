/**
 * Review notifications through the real stack: Payload on a fresh SQLite file with the project's
 * e-mail adapter in `memory` mode, documents written by real users with access enforced, moves
 * made by `transitionDocument`, and `notifyTransition` called as the caller will call it after
 * the move has committed. Every assertion reads what the adapter captured.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { CapturedEmail } from '../../src/email/adapter'
import type { Role } from '../../src/access/roles'
import type { User } from '../../src/payload-types'
import type {
  NotifyTransitionInput,
  NotifyTransitionResult,
} from '../../src/services/notifyTransition'
import type { TransitionRequest, TransitionResult } from '../../src/services/reviewWorkflow'
import type { WorkflowCollectionSlug } from '../../src/workflow/collections'
import { bootPayload, createTestUser, type TestPayload } from '../helpers/payload'

type Who = 'admin' | 'editor' | 'reviewer' | 'author' | 'reviewer2' | 'coAuthor'
type Doc = Record<string, unknown> & { id: string }

let t: TestPayload
let payload: Payload
let sentEmails: CapturedEmail[]
let clearSentEmails: () => void
let notify: (input: NotifyTransitionInput) => Promise<NotifyTransitionResult>
let transitionDocument: (args: TransitionRequest) => Promise<TransitionResult>
let createLocalReq: typeof import('payload').createLocalReq
let expertId: string
const users = {} as Record<Who, User>
let counter = 0

const address = (who: Who) => users[who].email
const recipientsOf = (mails: CapturedEmail[]) => mails.flatMap((mail) => mail.envelope.to).sort()
const addresses = (...who: Who[]) => who.map(address).sort()

const reqAs = (who: Who): Promise<PayloadRequest> =>
  createLocalReq({ user: { ...users[who], collection: 'users' } }, payload)

const createArticle = async (who: Who, data: Record<string, unknown> = {}): Promise<Doc> =>
  (await payload.create({
    collection: 'articles',
    data: { title: `Ice pick scars ${(counter += 1)}`, authors: [users[who].id], ...data },
    user: users[who],
    overrideAccess: false,
  } as never)) as unknown as Doc

/** A real move, then the notification as the lead will wire it: after the commit. */
const moveAndNotify = async (
  who: Who,
  collection: WorkflowCollectionSlug,
  id: string,
  to: string,
  comment?: string,
) => {
  clearSentEmails()
  const result = await transitionDocument({ req: await reqAs(who), collection, id, to, comment })
  // The service sends after its commit; its promise says when that is done.
  const outcome = (await result.notified)!
  return { result, outcome, mails: [...sentEmails] }
}

const adminUrl = (collection: string, id: string) =>
  `${payload.config.serverURL}/admin/collections/${collection}/${id}`

beforeAll(async () => {
  process.env.EMAIL_TRANSPORT = 'memory'
  t = await bootPayload('notifications')
  payload = t.payload
  ;({ createLocalReq } = await import('payload'))
  ;({ sentEmails, clearSentEmails } = await import('../../src/email/adapter'))
  ;({ notifyTransition: notify } = await import('../../src/services/notifyTransition'))
  ;({ transitionDocument } = await import('../../src/services/reviewWorkflow'))
  Object.assign(users, t.users)
  const extra: [Who, string[]][] = [
    ['reviewer2', ['reviewer']],
    ['coAuthor', ['author']],
  ]
  for (const [who, roles] of extra) {
    users[who] = await createTestUser(payload, who, roles as Role[])
  }
  const expert = await payload.create({
    collection: 'experts',
    data: { name: 'Dr Notification Expert', credentials: 'MD, dermatologist' },
  })
  expertId = String(expert.id)
}, 180_000)

afterAll(async () => {
  delete process.env.EMAIL_TRANSPORT
  await t?.close()
})

beforeEach(() => clearSentEmails())

describe('the adapter is registered', () => {
  it('handles payload.sendEmail, from the configured sender', async () => {
    await payload.sendEmail({ to: address('author'), subject: 'Hello', text: 'Plain text.' })
    expect(sentEmails).toHaveLength(1)
    expect(sentEmails[0]).toMatchObject({
      to: [address('author')],
      from: 'no-reply@localhost',
      subject: 'Hello',
      text: 'Plain text.',
    })
    expect(payload.email.name).toBe('nodemailer-memory')
  })
})

describe('an article on its way through review', () => {
  let article: Doc

  beforeAll(async () => {
    article = await createArticle('editor', {
      authors: [users.author.id, users.coAuthor.id],
    })
  })

  it('mails whoever acts next at each move', async () => {
    // submit without assigned reviewers: every reviewer, one mail each
    {
      const { outcome, mails } = await moveAndNotify('author', 'articles', article.id, 'in_review')
      expect(recipientsOf(mails)).toEqual(addresses('reviewer', 'reviewer2'))
      expect(mails).toHaveLength(2)
      expect(outcome).toMatchObject({ failed: [] })
      expect(outcome.sent.sort()).toEqual(addresses('reviewer', 'reviewer2'))
      const mail = mails[0]
      expect(mail.subject).toBe(`Review requested: Article “${article.title}”`)
      expect(mail.text).toContain(
        `Test author submitted the article “${article.title}” for review.`,
      )
      expect(mail.text).toContain(adminUrl('articles', article.id))
      expect(mail.html).toContain(`href="${adminUrl('articles', article.id)}"`)
    }

    // request changes: the authors (not the reviewer), with the comment, escaped in HTML
    {
      const comment = 'Cite the <b>2019</b> trial & fix the dosage.'
      const { mails } = await moveAndNotify(
        'reviewer',
        'articles',
        article.id,
        'changes_requested',
        comment,
      )
      expect(recipientsOf(mails)).toEqual(addresses('author', 'coAuthor'))
      for (const mail of mails) {
        expect(mail.subject).toBe(`Changes requested: Article “${article.title}”`)
        expect(mail.text).toContain(`> ${comment}`)
        expect(mail.html).toContain('Cite the &lt;b&gt;2019&lt;/b&gt; trial &amp; fix the dosage.')
        expect(mail.html).not.toContain('<b>2019')
      }
    }

    // resubmit with an assigned reviewer: only that reviewer
    {
      await payload.update({
        collection: 'articles',
        id: article.id,
        data: { assignedReviewers: [users.reviewer2.id] },
        user: users.editor,
        overrideAccess: false,
      } as never)
      const { mails } = await moveAndNotify('coAuthor', 'articles', article.id, 'in_review')
      expect(recipientsOf(mails)).toEqual(addresses('reviewer2'))
      expect(mails[0].subject).toBe(`Review requested again: Article “${article.title}”`)
    }

    // approve: the editors
    {
      const { mails } = await moveAndNotify('reviewer2', 'articles', article.id, 'approved')
      expect(recipientsOf(mails)).toEqual(addresses('editor'))
      expect(mails[0].subject).toBe(`Approved, ready to publish: Article “${article.title}”`)
    }

    // publish: the authors, for information
    {
      const { mails } = await moveAndNotify('editor', 'articles', article.id, 'published')
      expect(recipientsOf(mails)).toEqual(addresses('author', 'coAuthor'))
      expect(mails[0].subject).toBe(`Published: Article “${article.title}”`)
    }

    // unpublish: nobody
    {
      const { outcome, mails } = await moveAndNotify('editor', 'articles', article.id, 'archived')
      expect(mails).toEqual([])
      expect(outcome).toEqual({ recipients: [], sent: [], failed: [] })
    }

    // reopen: the authors, whose move (submit) is next
    {
      const { mails } = await moveAndNotify('admin', 'articles', article.id, 'draft')
      expect(recipientsOf(mails)).toEqual(addresses('author', 'coAuthor'))
    }
  })
})

describe('the actor and the audience', () => {
  it('tells nobody when the actor is the only candidate', async () => {
    const article = await createArticle('editor')
    await moveAndNotify('editor', 'articles', article.id, 'in_review')
    const { outcome, mails } = await moveAndNotify(
      'reviewer',
      'articles',
      article.id,
      'changes_requested',
      'Shorten the intro.',
    )
    expect(recipientsOf(mails)).toEqual(addresses('editor'))
    // The editor is the article's only author and now resubmits and later publishes it.
    await moveAndNotify('editor', 'articles', article.id, 'in_review')
    await moveAndNotify('reviewer', 'articles', article.id, 'approved')
    const published = await moveAndNotify('editor', 'articles', article.id, 'published')
    expect(published.mails).toEqual([])
    expect(published.outcome.recipients).toEqual([])
    expect(outcome.sent).toEqual(addresses('editor'))
  })

  it('leaves out the actor when they are one of several authors', async () => {
    const article = await createArticle('editor', {
      authors: [users.author.id, users.coAuthor.id],
    })
    await moveAndNotify('author', 'articles', article.id, 'in_review')
    await moveAndNotify('reviewer', 'articles', article.id, 'approved')
    const { mails } = await moveAndNotify('admin', 'articles', article.id, 'published')
    expect(recipientsOf(mails)).toEqual(addresses('author', 'coAuthor'))
    const again = await notify({
      payload,
      collection: 'articles',
      doc: article,
      transition: { action: 'publish', from: 'approved', to: 'published' },
      actor: users.author,
    })
    expect(again.recipients).toEqual([address('coAuthor')])
  })

  it('works with populated relationships (depth 1) as well as ids', async () => {
    const article = await createArticle('author')
    const populated = await payload.findByID({
      collection: 'articles',
      id: article.id,
      depth: 1,
      draft: true,
      overrideAccess: true,
    })
    expect(typeof (populated.authors as unknown[])[0]).toBe('object')
    const outcome = await notify({
      payload,
      collection: 'articles',
      doc: populated as unknown as Doc,
      transition: {
        action: 'requestChanges',
        from: 'in_review',
        to: 'changes_requested',
        comment: 'x',
      },
      actor: users.reviewer,
    })
    expect(outcome.sent).toEqual([address('author')])
  })
})

describe('other collections', () => {
  it('scar types: the creator is the author, and the name is the title', async () => {
    const scarType = (await payload.create({
      collection: 'scar-types',
      data: { name: `Boxcar scars ${(counter += 1)}`, category: 'atrophic' },
      user: users.author,
      overrideAccess: false,
    } as never)) as unknown as Doc
    await moveAndNotify('author', 'scar-types', scarType.id, 'in_review')
    const { mails } = await moveAndNotify(
      'reviewer',
      'scar-types',
      scarType.id,
      'changes_requested',
      'Add the depth range.',
    )
    expect(recipientsOf(mails)).toEqual(addresses('author'))
    expect(mails[0].subject).toBe(`Changes requested: Scar type “${scarType.name}”`)
    expect(mails[0].text).toContain(adminUrl('scar-types', scarType.id))
  })

  it('expert quotes: the first 60 characters of the statement are the title', async () => {
    const statement =
      'Subcision releases the fibrous bands that tether rolling scars to the deeper tissue below.'
    const quote = (await payload.create({
      collection: 'expert-quotes',
      data: { statement, expert: expertId, source: { publication: 'Test Journal' } },
      user: users.author,
      overrideAccess: false,
    } as never)) as unknown as Doc
    const { mails } = await moveAndNotify('author', 'expert-quotes', quote.id, 'in_review')
    expect(mails.length).toBeGreaterThan(0)
    const title = /“(.*)”$/.exec(mails[0].subject)?.[1] ?? ''
    expect(title.endsWith('…')).toBe(true)
    expect(title.length).toBeLessThanOrEqual(60)
    expect(statement.startsWith(title.slice(0, -1))).toBe(true)
  })
})

describe('failures never reach the caller', () => {
  it('logs a failed mail, still sends the others, and resolves', async () => {
    const article = await createArticle('editor', {
      authors: [users.author.id, users.coAuthor.id],
    })
    const realSend = payload.sendEmail
    const errors: unknown[] = []
    const realError = payload.logger.error
    payload.logger.error = ((entry: unknown) => {
      errors.push(entry)
    }) as typeof payload.logger.error
    payload.sendEmail = (async (message: { to?: unknown }) => {
      if (message.to === address('author')) throw new Error('SMTP said no')
      return realSend(message as never)
    }) as typeof payload.sendEmail
    try {
      const outcome = await notify({
        payload,
        collection: 'articles',
        doc: article,
        transition: { action: 'publish', from: 'approved', to: 'published' },
        actor: users.editor,
      })
      expect(outcome.failed).toEqual([address('author')])
      expect(outcome.sent).toEqual([address('coAuthor')])
      expect(recipientsOf(sentEmails)).toEqual(addresses('coAuthor'))
      expect(errors).toEqual([
        expect.objectContaining({
          msg: 'Could not send a review notification',
          reason: 'SMTP said no',
          to: address('author'),
        }),
      ])
    } finally {
      payload.sendEmail = realSend
      payload.logger.error = realError
    }
  })

  it('resolves and logs when loading the users fails', async () => {
    const realFind = payload.find
    const realError = payload.logger.error
    const errors: unknown[] = []
    payload.logger.error = ((entry: unknown) => {
      errors.push(entry)
    }) as typeof payload.logger.error
    payload.find = (async () => {
      throw new Error('database is gone')
    }) as typeof payload.find
    try {
      await expect(
        notify({
          payload,
          collection: 'articles',
          doc: { id: 'x', authors: [users.author.id] },
          transition: { action: 'approve', from: 'in_review', to: 'approved' },
          actor: users.reviewer,
        }),
      ).resolves.toEqual({ recipients: [], sent: [], failed: [] })
      expect(errors).toEqual([
        expect.objectContaining({
          msg: 'Could not send review notifications',
          reason: 'database is gone',
        }),
      ])
      expect(sentEmails).toEqual([])
    } finally {
      payload.find = realFind
      payload.logger.error = realError
    }
  })
})
