import * as migration_20261122_192707 from './20261122_192707';

export const migrations = [
  {
    up: migration_20261122_192707.up,
    down: migration_20261122_192707.down,
    name: '20261122_192707'
  },
];
