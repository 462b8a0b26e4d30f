import { relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ContentEntryRenderFunction, ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { writeBody } from './body-cache.ts';
import { STORED_BODY_KEY } from './stored-body.ts';
import { excerpt } from './excerpt.ts';
import { needsMdx } from './mdx-plain.ts';

type GlobOptions = Parameters<typeof glob>[0];
type StoreEntry = Parameters<LoaderContext['store']['set']>[0];
/** Astro passes the content entry types (by file extension) to loaders; not in the public type. */
type Context = LoaderContext & { entryTypes: Map<string, ContentEntryType> };

/**
 * Astro's `glob()` loader with one speed-up: an `.mdx` release whose body uses no MDX feature
 * (see `needsMdx` in `src/release/mdx-plain.ts`) is rendered by Astro's Markdown pipeline while the
 * content layer syncs, and its HTML is kept in the build cache, instead of being compiled into a
 * JavaScript module by the MDX compiler during the Vite build. Releases with components, HTML or
 * expressions still go through MDX.
 *
 * Effects (measured in docs/benchmarks-history.md, first round): the build no longer bundles one module per release, and
 * the rendered HTML is cached in the build cache by content digest, so an unchanged release is
 * not rendered again on the next build.
 *
 * Frontmatter is parsed by the MDX entry type as before, so `data`, `id` and `digest` are exactly
 * what `glob()` produces. What the data store keeps is slimmer than `glob()`'s, because Astro
 * inlines the whole store into the build's JavaScript bundle (time and memory grow with it):
 * - no `body`: the excerpt, the only thing the site takes from the raw body, is computed here
 *   (`rendered.metadata.archiveExcerpt`);
 * - no HTML: a Markdown-rendered body is written to the build cache (`src/release/body-cache.ts`) and
 *   the entry keeps its file name (`rendered.metadata.archiveBody`, {@link STORED_BODY_KEY}); pages
 *   and feeds read it with `storedBodyHtml()` (`src/release/stored-body.ts`), MDX releases render
 *   through `render(entry)` as usual.
 *
 * Releases without a page in this build (drafts, scheduled releases before their time) are not
 * stored at all: an entry's images are bundled (originals copied to `dist/_astro/`) whenever the
 * entry is in the store, whether or not a page shows it.
 * @param options - the same options as `glob()`.
 * @param published - true for an entry (validated frontmatter, file path relative to the
 *   project) that gets a page.
 */
export function releasesLoader(
  options: GlobOptions,
  published: (data: Record<string, unknown>, filePath: string | undefined) => boolean = () => true,
): Loader {
  const inner = glob(options);
  return {
    name: 'releases-loader',
    load: async (publicContext) => {
      const context = publicContext as Context;
      const markdown = context.entryTypes.get('.md');
      const mdx = context.entryTypes.get('.mdx');
      if (!markdown?.getRenderFunction || !mdx) return inner.load(context);
      const root = fileURLToPath(context.config.root);
      const cacheDir = fileURLToPath(context.config.cacheDir);
      const base = pathToFileURL(`${resolve(root, String(options.base ?? '.'))}/`);
      /** Whether Astro's store holds this file's entry with the same content digest. */
      const unchanged = (fileUrl: URL, contents: string) => {
        const entry = relative(fileURLToPath(base), fileURLToPath(fileUrl)).split(sep).join('/');
        const id = options.generateId?.({ entry, base, data: {} });
        const stored = id === undefined ? undefined : context.store.get(id);
        return !!stored?.filePath && stored.digest === context.generateDigest(contents);
      };
      /** Absolute paths of `.mdx` files that need the MDX compiler. */
      const needMdx = new Set<string>();
      const hybrid: ContentEntryType = {
        ...mdx,
        getEntryInfo: async (params) => {
          // glob() parses every file's frontmatter, then skips the entries whose digest is
          // unchanged: for those, the parse is skipped here (10,000 YAML parses per build).
          if (unchanged(params.fileUrl, params.contents))
            return { data: {}, body: '', slug: '', rawData: '' };
          const info = await mdx.getEntryInfo(params);
          if (needsMdx(info.body)) needMdx.add(fileURLToPath(params.fileUrl));
          return info;
        },
        getRenderFunction: async (config) => {
          const renderMarkdown = await markdown.getRenderFunction!(config);
          // Returning nothing for an MDX file: glob() then stores no HTML, and the store wrapper
          // below marks the entry for module rendering.
          return (async (entry) => {
            if (entry.filePath && needMdx.has(resolve(root, entry.filePath))) return undefined;
            const rendered = await renderMarkdown(entry);
            // The Markdown renderer ends the HTML with a newline that the MDX output has not:
            // drop it so both paths give byte-identical pages.
            if (rendered?.html.endsWith('\n')) rendered.html = rendered.html.slice(0, -1);
            return rendered;
          }) as ContentEntryRenderFunction;
        },
      };
      // Without `contentModuleTypes` glob() would take the render branch for every file; the store
      // wrapper below turns the MDX ones back into deferred (module-rendered) entries.
      delete (hybrid as { contentModuleTypes?: unknown }).contentModuleTypes;
      const entryTypes = new Map(context.entryTypes);
      entryTypes.set('.mdx', hybrid);
      // Entries are buffered and stored together at the end: every store.set() re-arms a 500 ms
      // debounced save of the whole data store, and on a busy machine the gaps between renders
      // let it fire again and again, re-serialising everything (minutes at 10,000 releases).
      // After the first load (dev server file watching) entries are stored at once.
      let pending: StoreEntry[] | undefined = [];
      const store: LoaderContext['store'] = {
        ...context.store,
        set: (entry: StoreEntry) => {
          if (!published(entry.data, entry.filePath)) return false;
          const { body, rendered, ...rest } = entry;
          const archiveExcerpt = excerpt((entry.data as { summary?: string }).summary, body ?? '');
          let stored: StoreEntry;
          if (entry.filePath && needMdx.has(resolve(root, entry.filePath))) {
            const { assetImports: _assets, ...module } = rest;
            stored = {
              ...module,
              deferredRender: true,
              rendered: { html: '', metadata: { archiveExcerpt } },
            };
          } else if (
            rendered &&
            entry.digest !== undefined &&
            !rendered.metadata?.imagePaths?.length
          ) {
            const archiveBody = writeBody(String(entry.digest), rendered.html, cacheDir);
            stored = {
              ...rest,
              rendered: { html: '', metadata: { archiveExcerpt, [STORED_BODY_KEY]: archiveBody } },
            };
          } else {
            stored = entry;
          }
          if (!pending) return context.store.set(stored);
          pending.push(stored);
          return true;
        },
      };
      await inner.load({ ...context, entryTypes, store } as Context);
      const batch = pending;
      pending = undefined;
      for (const entry of batch) context.store.set(entry);
      // glob() keeps an unchanged file's entry from the previous build without calling set():
      // one that was published then (a preview build, a draft flag since added) is dropped here.
      for (const [id, entry] of context.store.entries())
        if (!published(entry.data, entry.filePath)) context.store.delete(id);
    },
  };
}
