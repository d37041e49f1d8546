// The backup passphrase: FIT_BACKUP_PASSPHRASE, else asked on the terminal without echo (twice when making a backup).
import { createInterface } from 'node:readline';

export const MIN_PASSPHRASE_LENGTH = 12;

export async function backupPassphrase(confirm: boolean, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const given = env.FIT_BACKUP_PASSPHRASE;
  const passphrase = given ?? (await askTwiceIf(confirm));
  if (confirm && passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new Error(`The backup passphrase must have at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  }
  return passphrase;
}

async function askTwiceIf(confirm: boolean): Promise<string> {
  if (!process.stdin.isTTY) {
    throw new Error('Give the backup passphrase in FIT_BACKUP_PASSPHRASE, or run the command on a terminal to be asked for it.');
  }
  const first = await ask('Backup passphrase: ');
  if (confirm && (await ask('Same passphrase again: ')) !== first) throw new Error('The two passphrases differ; nothing was done.');
  return first;
}

function ask(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Echo nothing of what is typed.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.startsWith(prompt)) process.stdout.write(prompt);
    };
    rl.question(prompt, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}
