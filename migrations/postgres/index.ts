import * as migration_20261122_192712 from './20261122_192712';

export const migrations = [
  {
    up: migration_20261122_192712.up,
    down: migration_20261122_192712.down,
    name: '20261122_192712'
  },
];
