// `npm run dev`: shared and API rebuilt and the API restarted on change, Vite with hot reload proxying to it.
import { spawn } from 'node:child_process';

const processes = [
  // shared/ is rebuilt on change too: the API runs its dist, and restarts when either dist changes.
  spawn('npx tsc -p shared/tsconfig.build.json --watch --preserveWatchOutput', { shell: true, stdio: 'inherit' }),
  spawn('npx tsc -p api/tsconfig.build.json --watch --preserveWatchOutput', { shell: true, stdio: 'inherit' }),
  spawn('node --watch-path=api/dist --watch-path=shared/dist --watch-preserve-output api/dist/main.js', { shell: true, stdio: 'inherit' }),
  spawn('npm run dev -w web', { shell: true, stdio: 'inherit' }),
];

const stop = () => {
  for (const p of processes) p.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
