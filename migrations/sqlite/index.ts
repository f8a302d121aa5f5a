import * as migration_20261122_190035 from './20261122_190035';

export const migrations = [
  {
    up: migration_20261122_190035.up,
    down: migration_20261122_190035.down,
    name: '20261122_190035'
  },
];
