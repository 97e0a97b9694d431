import type { SeedSource } from './types'

/** The four documents in shared/seeds. Publishers are named only as far as each document does. */
export const sources: SeedSource[] = [
  {
    key: 'pockmarks-guide',
    document: '000_33999296bd1cc66c.txt',
    title: 'Yep, You Actually Can Improve Your Pockmarks',
    publisher: 'Consumer skincare article (publication not named in the source)',
  },
  {
    key: 'pockmark-causes',
    document: '001_a734e42765d1ffb5.txt',
    // Cut short: the full 10-word headline would break the no-copy rule, which has no exceptions.
    title: 'Popping Your Pimple Isn’t the Only Cause of Acne…',
    publisher: 'InStyle (the document states it was originally published there)',
  },
  {
    key: 'ice-pick-scars',
    document: '002_78fcc1580681d024.txt',
    title: 'Untitled article on ice pick scars (the document has no headline)',
    publisher: 'Consumer health article (publication not named in the source)',
  },
  {
    key: 'treating-acne-scars',
    document: '003_4f84fc5ab5edc5f5.txt',
    title: 'How to Treat Acne Scars',
    publisher:
      'Web page of Dr. Alex’s practice in Encino, CA (practice name not given in the source)',
  },
]
