import * as migration_20261122_163921 from './20261122_163921';

export const migrations = [
  {
    up: migration_20261122_163921.up,
    down: migration_20261122_163921.down,
    name: '20261122_163921'
  },
];
