/**
 * `npm run test:open`: the known open bypasses of the legal promise (test/open), on SQLite. Each
 * test asserts what a lawyer expects; each one failing is a hole still open (docs/legal.md). Not
 * part of `npm test` until they pass: move a file into test/http as its holes close.
 */
import config from './jest.config.js'

const { projects, ...top } = config
const sqlite = projects.find((project) => project.displayName === 'sqlite')

// The third, fourth and fifth passes are closed (test/http/redTeamLegal*.test.ts); test/open holds what a later pass finds open.
export default { ...top, ...sqlite, displayName: 'open', testMatch: ['<rootDir>/test/open/**/*.test.ts'], passWithNoTests: true }
