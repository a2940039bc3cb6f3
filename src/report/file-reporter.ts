/** A reporter that writes one rendered file, the shape of the json, junit and html reporters. */
import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import type { ResultsDocument } from '../results/document.js';
import type { Renderer, ReporterFactory, ReportFile } from './types.js';

/**
 * Builds a reporter factory that renders the finished run with `renderer` and writes it to
 * `outDir/renderer.fileName`. The file is written to a temporary name and renamed, so an
 * interrupted write never leaves a half report behind.
 */
export function fileReporter(name: string, renderer: Renderer): ReporterFactory {
  return (context) => ({
    name,
    async onEnd(results: ResultsDocument): Promise<ReportFile[]> {
      const path = join(context.outDir, renderer.fileName);
      const content = await renderer.render(results, context);

      await mkdir(dirname(path), { recursive: true });
      // A unique temporary name, because the entry point may write results.json at the same time.
      const temporary = `${path}.${randomUUID()}.tmp`;
      await writeFile(temporary, content);
      await rename(temporary, path);

      return [{ reporter: name, path, contentType: renderer.contentType }];
    },
  });
}
