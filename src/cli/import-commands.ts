/**
 * `flow-runner import postman|har|curl|openapi SOURCE --out DIR`: flags in, one call to
 * src/app/import-command.ts. docs/import.md documents each source and the summary.
 */
import { Argument, type Command } from 'commander';

import { importCommand } from '../app/import-command.js';
import type { Runtime } from '../app/runtime.js';
import { IMPORT_FORMATS, type ImportFormat } from '../import/index.js';
import { collect } from './options.js';

interface ImportFlags {
  out: string;
  environment: string[];
  envFile: string[];
  force: boolean;
  splitFolders: boolean;
}

/** Adds the `import` command to the program; it stores its exit code through `setExitCode`. */
export function registerImportCommands(
  program: Command,
  runtime: Runtime,
  setExitCode: (code: number) => void,
): void {
  program
    .command('import')
    .description(
      'convert a Postman collection, HAR file, curl commands or OpenAPI description into a flow group',
    )
    .addArgument(new Argument('<format>', 'format of the source').choices(IMPORT_FORMATS))
    .argument('<source>', 'file to import')
    .requiredOption('-o, --out <dir>', 'folder to write flow-group.yaml and the flows into')
    .option(
      '-e, --environment <file>',
      'Postman environment or globals file (repeatable)',
      collect,
      [],
    )
    // Node 20 reads --env-file anywhere on its command line as its own flag (it loads the file
    // as dotenv and exits when it is missing), so --environment is the name that always works.
    .option(
      '--env-file <file>',
      'the same as --environment, where Node does not take it',
      collect,
      [],
    )
    .option('--force', 'replace files that exist in the output folder', false)
    .option('--split-folders', 'Postman: write one flow per top-level folder', false)
    .action(async (format: ImportFormat, source: string, flags: ImportFlags) => {
      setExitCode(
        await importCommand(
          {
            format,
            source,
            out: flags.out,
            envFiles: [...flags.environment, ...flags.envFile],
            force: flags.force,
            splitFolders: flags.splitFolders,
          },
          runtime,
        ),
      );
    });
}
