import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import * as seedData from '../../seed/data/index'
import {
  buildRunIndex,
  DEFAULT_RUN_LENGTH,
  findCopiedRuns,
  findCopiedRunsIn,
  normaliseWords,
} from '../helpers/noCopy'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
// The source documents live beside the repository (shared/seeds), not in it.
const seedsDir = path.resolve(
  process.env.SEED_SOURCES_DIR ?? path.resolve(repoRoot, '../shared/seeds'),
)
const haveSources = existsSync(seedsDir)
if (!haveSources && process.env.CI) {
  throw new Error(
    `The source documents are missing from ${seedsDir}; CI must check the seed data against them.`,
  )
}
if (!haveSources) {
  console.info(
    `Skipping the no-copy check: no source documents at ${seedsDir} (set SEED_SOURCES_DIR).`,
  )
}

const sourceFiles = haveSources
  ? readdirSync(seedsDir)
      .filter((name) => !name.startsWith('.'))
      .sort()
  : []
const sourceTexts = sourceFiles.map((name) => readFileSync(path.join(seedsDir, name), 'utf8'))
const index = buildRunIndex(sourceTexts, DEFAULT_RUN_LENGTH)
const describeWithSources = haveSources ? describe : describe.skip

describeWithSources('seed data is written in our own words', () => {
  test('all four source documents are read', () => {
    expect(sourceFiles).toHaveLength(4)
    expect(index.runs.size).toBeGreaterThan(1000)
  })

  test(`no string in the seed data repeats ${DEFAULT_RUN_LENGTH} consecutive words of a source`, () => {
    const offences = Object.entries(seedData).flatMap(([name, value]) =>
      findCopiedRunsIn(value, index, name),
    )
    const report = offences.map(({ path: where, run }) => `${where}: "${run}"`).join('\n')
    expect(report).toBe('')
  })
})

describeWithSources('the copy checker', () => {
  test('normalises case, curly quotes and HTML the same way on both sides', () => {
    expect(normaliseWords('<p>Popping Your Pimple Isn’t</p> the ONLY cause')).toEqual([
      'popping',
      'your',
      'pimple',
      "isn't",
      'the',
      'only',
      'cause',
    ])
  })

  test('catches a sentence copied from a source', () => {
    const copied =
      'Ice pick scars are deep V-shaped scars that are usually less than 2 millimeters wide.'
    expect(findCopiedRuns(copied, index).length).toBeGreaterThan(0)
  })

  test('catches a copied run despite different quotes, case and punctuation', () => {
    const copied = "IF YOU'VE HAD a past acne breakout -- and now have indented acne scars!"
    expect(findCopiedRuns(copied, index)).toContain(
      "if you've had a past acne breakout and now have",
    )
  })

  test('catches a copied run nested inside seed-shaped data and reports where', () => {
    const words = normaliseWords(sourceTexts[2]).slice(40, 52).join(' ')
    const data = { articles: [{ body: [{ type: 'paragraph', text: `Intro. ${words}. Outro.` }] }] }
    const offences = findCopiedRunsIn(data, index)
    expect(offences.length).toBeGreaterThan(0)
    expect(offences[0].path).toBe('$.articles[0].body[0].text')
  })

  test('does not flag a paraphrase that shares only short phrases', () => {
    const paraphrase =
      'Ice pick scars are narrow, deep pits, typically under 2 mm across, shaped like a V.'
    expect(findCopiedRuns(paraphrase, index)).toEqual([])
  })
})
