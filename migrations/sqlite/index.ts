import * as migration_20261122_163915 from './20261122_163915';

export const migrations = [
  {
    up: migration_20261122_163915.up,
    down: migration_20261122_163915.down,
    name: '20261122_163915'
  },
];
