// `npm run fit -- <command>`: the operator's command line.
import 'reflect-metadata';
import { ConfigError } from '../config/config.js';
import { COMMANDS } from './commands/index.js';

async function run(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(name ? `Unknown command "${name}".\n` : '');
    console.error('Usage: npm run fit -- <command> [options]\n\nCommands:');
    for (const c of COMMANDS) console.error(`  ${c.usage.padEnd(40)} ${c.summary}`);
    return name ? 2 : 0;
  }
  return command.run(args);
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
