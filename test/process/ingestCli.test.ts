/**
 * `npm run ingest`: the dry run prints DESIGN.md's shape and writes nothing; a real import files
 * the draft; the same copy twice is refused.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const SEED_000 = path.join(root, 'src/seed/stories/000-doomed-but-still-dangerous.txt')

let dir: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-ingest-cli-'))
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

function ingest(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--conditions=production', '--import', 'tsx', 'src/ingest/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 90_000,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: `file:${path.join(dir, 'dateline.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      LOG_LEVEL: 'fatal',
      ...env,
    } as unknown as NodeJS.ProcessEnv,
  })
}

describe('npm run ingest', () => {
  it('prints exactly the dry-run shape as JSON and writes nothing', () => {
    const result = ingest([SEED_000, '--dry-run', '--format', 'json'])
    expect(result.status).toBe(0)
    const dry = JSON.parse(result.stdout)
    expect(Object.keys(dry)).toEqual(['headline', 'standfirst', 'correspondents', 'media', 'quotes', 'passages'])
    expect(dry.headline).toBe('Doomed but still dangerous: Frontline threats remain as Isis head for bloody end in Raqqa')
    expect(dry.correspondents).toEqual([
      { name: 'John Ray', title: 'Correspondent', role: 'reporter' },
      { name: 'Barnaby Green', title: null, role: 'photographer' },
    ])
    expect(dry.media).toHaveLength(7)
    expect(Object.keys(dry.media[0])).toEqual(['caption', 'creditLine'])
    expect(dry.quotes.map((q: { speaker: string; sensitive: boolean }) => [q.speaker, q.sensitive])).toEqual([
      ['a commander', true],
      ['one of the soldiers', false],
      ['one of the soldiers', false],
      ['a woman calling herself Aisha', true],
      ['a woman calling herself Aisha', true],
      ['a woman calling herself Aisha', true],
      ['a woman calling herself Aisha', true],
    ])
    expect(Object.keys(dry.quotes[0])).toEqual(['text', 'speaker', 'description', 'sensitive', 'reasons'])
    expect(dry.passages).toEqual([
      { text: "We believe she was talking about the Isis recruiter Sally Jones, high on Britain's wanted list.", reasons: ['allegation'] },
    ])
    expect(fs.existsSync(path.join(dir, 'dateline.db'))).toBe(false)
  })

  it('imports the story as a draft, then refuses the same copy a second time', () => {
    const first = ingest([SEED_000, '--format', 'json'])
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    const result = JSON.parse(first.stdout)
    expect(result.dispatch.headline).toContain('Doomed but still dangerous')
    expect(result.media).toHaveLength(7)
    expect(result.quotes.filter((q: { legalStatus: string }) => q.legalStatus === 'pending')).toHaveLength(5)

    const again = ingest([SEED_000])
    expect(again.status).toBe(65)
    expect(again.stderr).toContain(`already imported as dispatch ${result.dispatch.id}`)
  })

  it.each([
    [['--dry-run'], 64, 'name the story file'],
    [['no-such-story.txt', '--dry-run'], 64, 'no such file: no-such-story.txt'],
    [[SEED_000, '--dry-run', '--format', 'yaml'], 64, '--format must be json or text'],
  ])('refuses %j with a usage error', (args, status, message) => {
    const result = ingest(args)
    expect(result.status).toBe(status)
    expect(result.stderr).toContain(message)
  })

  it('names the problem with copy it cannot read', () => {
    const empty = path.join(dir, 'empty.txt')
    fs.writeFileSync(empty, '  \n')
    const result = ingest([empty, '--dry-run'])
    expect(result.status).toBe(65)
    expect(result.stderr).toContain('EMPTY_INPUT')
  })
})
