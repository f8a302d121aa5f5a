import * as migration_20261122_184743 from './20261122_184743';

export const migrations = [
  {
    up: migration_20261122_184743.up,
    down: migration_20261122_184743.down,
    name: '20261122_184743'
  },
];
