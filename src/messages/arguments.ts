import { say, type Saying } from './index.ts';

/**
 * A command-line mistake refused by `node:util` `parseArgs` (its `ERR_PARSE_ARGS_*` codes) as a
 * catalogue text: the option named in the reader's language; the English text is Node's own.
 * @param error - anything caught.
 * @returns the text, or `undefined` when `error` is not a `parseArgs` error.
 */
export function argumentErrorText(error: unknown): Saying | undefined {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (typeof e?.code !== 'string' || !e.code.startsWith('ERR_PARSE_ARGS')) return undefined;
  const detail = typeof e.message === 'string' ? e.message : e.code;
  // Node quotes the option or argument: Unknown option '--x'; Option '--date <value>' argument missing.
  const value = (/'([^']*)'/.exec(detail)?.[1] ?? '').replace(/ <value>$/, '');
  const kind =
    e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
      ? 'unknown'
      : e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
        ? 'positional'
        : /argument missing/.test(detail)
          ? 'missing'
          : /does not take an argument/.test(detail)
            ? 'no-value'
            : 'other';
  return say('cli.argument', { kind, value, detail });
}
