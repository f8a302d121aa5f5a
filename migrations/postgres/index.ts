import * as migration_20261122_184719 from './20261122_184719';

export const migrations = [
  {
    up: migration_20261122_184719.up,
    down: migration_20261122_184719.down,
    name: '20261122_184719'
  },
];
