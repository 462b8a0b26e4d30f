import { catalogue, messageLanguage, say } from '../../messages/index.ts';
import { systemErrorText } from '../../messages/system.ts';
import { writeFileSync } from 'node:fs';
import { config } from '../../config/settings.ts';
import { readExisting } from '../existing.ts';
import { PublishError } from '../release-file.ts';
import { translationLocation, translationText } from '../translation-file.ts';
import { escapeMdx } from './mdx-escape.ts';
import { readSource } from './paragraphs.ts';

/**
 * `npm run import -- <file> --translation-of <slug> --lang fr`: a text or Word file becomes the
 * translation of an existing release (`index.fr.mdx` next to it), its paragraphs kept exactly
 * (MDX syntax escaped), the title from `--title` or a short first line. A draft unless `--publish`.
 * @throws PublishError for a publisher mistake (nothing is written then).
 */
export async function importTranslation(
  input: string,
  values: {
    'translation-of'?: string | undefined;
    lang?: string | undefined;
    title?: string | undefined;
    dateline?: string | undefined;
    dir?: string | undefined;
    publish?: boolean | undefined;
    messages?: string | undefined;
  },
): Promise<void> {
  const releasesDir = values.dir ?? config.releasesDir;
  const file = translationLocation(
    releasesDir,
    values['translation-of'] ?? '',
    values.lang,
    config.languages,
    readExisting(releasesDir),
  );
  let paragraphs: string[];
  try {
    paragraphs = [...(await readSource(input)).paragraphs];
  } catch (error) {
    throw new PublishError(
      systemErrorText(error, input, 'read') ??
        say('import.unreadable', { input, reason: (error as Error).message }),
    );
  }
  let title = values.title;
  if (!title && paragraphs[0] && paragraphs[0].length <= 200 && paragraphs.length > 1)
    title = paragraphs.shift();
  if (!title) throw new PublishError(say('translation.no-title', {}));
  const body = paragraphs.map(escapeMdx).join('\n\n');
  writeFileSync(
    file,
    translationText({ title, dateline: values.dateline, draft: values.publish !== true }, body),
    { encoding: 'utf8', flag: 'wx' },
  );
  console.log(file);
  const words = catalogue(messageLanguage(values.messages, process.env)).import;
  console.log(words.translation(paragraphs.length, input, values.lang ?? ''));
}
