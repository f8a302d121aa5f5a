/** Adds up jest's JSON reports into the one closing line CI reads: "N passed, N failed, N skipped". */
import fs from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0
for (const file of process.argv.slice(2)) {
  if (!fs.existsSync(file)) {
    console.log(`${file}: missing (that suite did not run)`)
    failed += 1
    continue
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'))
  console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped, ${report.numFailedTestSuites} suites failed`)
  passed += report.numPassedTests
  failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0)
  skipped += report.numPendingTests
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
