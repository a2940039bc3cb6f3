/**
 * The `envs` and `secrets` commands. A secret value is read from a prompt without echo or from
 * standard input, never from argv, where it would land in shell history and process lists.
 */
import { Command } from 'commander';
import { ExitCode, FlowRunnerError } from '../common/errors.js';
import { envsCommand } from '../app/envs-command.js';
import type { Runtime } from '../app/runtime.js';
import {
  secretsDeleteCommand,
  secretsGetCommand,
  secretsListCommand,
  secretsSetCommand,
} from '../app/secrets-command.js';

/** Adds `envs` and `secrets` to the program; each stores its exit code through `setExitCode`. */
export function registerSecretsCommands(
  program: Command,
  runtime: Runtime,
  setExitCode: (code: number) => void,
): void {
  program
    .command('envs')
    .description('list flow groups, their environments and where each declared secret comes from')
    .argument('<paths...>', 'flow files, folders or globs')
    .option('-e, --env <name>', 'show only this environment of each group')
    .option('--secrets-file <file>', 'also look in this dotenv or JSON secrets file')
    .option('--json', 'print the listing as JSON', false)
    .action(
      async (paths: string[], flags: { env?: string; secretsFile?: string; json: boolean }) => {
        setExitCode(
          await envsCommand(
            {
              paths,
              json: flags.json,
              ...(flags.env === undefined ? {} : { environment: flags.env }),
              ...(flags.secretsFile === undefined ? {} : { secretsFile: flags.secretsFile }),
            },
            runtime,
          ),
        );
      },
    );

  const secrets = program
    .command('secrets')
    .description('store secret values in the OS keychain and check where a secret comes from');
  const groupHelp = 'folder name of a flow group: the entry then serves only that group';

  secrets
    .command('set')
    .description('store a value in the keychain, read from a prompt or standard input')
    .argument('<name>', 'secret name (the provider key)')
    .option('-g, --group <group>', groupHelp)
    .action(async (name: string, flags: { group?: string }) => {
      setExitCode(
        await secretsSetCommand({ name, ...group(flags) }, runtime, { readValue: readSecretValue }),
      );
    });

  secrets
    .command('get')
    .description('tell whether a secret has a value and which provider holds it (never the value)')
    .argument('<name>', 'secret name (the provider key)')
    .option('-g, --group <group>', groupHelp)
    .option('--secrets-file <file>', 'also look in this dotenv or JSON secrets file')
    .action(async (name: string, flags: { group?: string; secretsFile?: string }) => {
      const secretsFile = flags.secretsFile === undefined ? {} : { secretsFile: flags.secretsFile };
      setExitCode(await secretsGetCommand({ name, ...group(flags), ...secretsFile }, runtime));
    });

  secrets
    .command('list')
    .description('print the names stored in the keychain (never values)')
    .option('-g, --group <group>', 'only the names stored for this group')
    .action(async (flags: { group?: string }) => {
      setExitCode(await secretsListCommand(group(flags), runtime));
    });

  secrets
    .command('delete')
    .description('delete a value from the keychain')
    .argument('<name>', 'secret name (the provider key)')
    .option('-g, --group <group>', groupHelp)
    .action(async (name: string, flags: { group?: string }) => {
      setExitCode(await secretsDeleteCommand({ name, ...group(flags) }, runtime));
    });
}

function group(flags: { group?: string }): { group?: string } {
  return flags.group === undefined ? {} : { group: flags.group };
}

/**
 * Reads a secret value: on a terminal, a prompt on stderr that echoes nothing; otherwise all of
 * standard input without its one trailing newline, so `printf %s "$X" | ...` and
 * `... < file` both work.
 */
async function readSecretValue(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    let text = '';
    stdin.setEncoding('utf8');
    for await (const chunk of stdin) text += chunk as string;
    return text.replace(/\r?\n$/, '');
  }

  process.stderr.write(prompt);
  stdin.setEncoding('utf8');
  stdin.setRawMode(true);
  stdin.resume();
  return new Promise<string>((resolve, reject) => {
    let value = '';
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          finish();
          resolve(value);
          return;
        }
        if (char === '\u0003') {
          finish();
          // Ctrl-C in raw mode arrives as a character, not a signal.
          reject(
            new FlowRunnerError('FR_INTERRUPTED', 'interrupted; nothing was stored', {
              exitCode: ExitCode.Interrupted,
            }),
          );
          return;
        }
        if (char === '\u007f' || char === '\b') {
          value = [...value].slice(0, -1).join('');
          continue;
        }
        value += char;
      }
    };
    stdin.on('data', onData);
  });
}
