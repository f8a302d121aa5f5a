/** Why a quote goes to legal: the values of `quotes.sensitivityReasons`, shared with copy intake. */
export const SENSITIVITY_REASONS = [
  'allegation',
  'violence',
  'minor',
  'anonymous_source',
  'court_case',
  'extremist_content',
  'identification',
  'privacy',
  'other',
] as const

export type SensitivityReason = (typeof SENSITIVITY_REASONS)[number]
