/** The browser suite: real server process, real admin build, Debian's chromium. */
import base from './jest.config.js'

const unit = base.projects[0]

export default {
  testTimeout: 240000,
  projects: [{ ...unit, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.test.ts'] }],
}
