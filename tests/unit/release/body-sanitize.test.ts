import type { Element, Root } from 'hast';
import fc from 'fast-check';
import { markdownToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { LOCAL_IMAGE, hasUnsafeScheme } from '../../../src/release/body-schema.ts';
import {
  inspectElement,
  jsxProperties,
  sanitizeBody,
  type JsxElement,
} from '../../../src/release/body-sanitize.ts';
import { mayNeedSanitizing } from '../../../src/release/body-plugin.ts';

const el = (
  tagName: string,
  properties: Element['properties'] = {},
  children: Element['children'] = [],
): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const root = (...children: Root['children']): Root => ({ type: 'root', children });
const text = (value: string) => ({ type: 'text' as const, value });
const jsx = (
  name: string | null,
  attributes: JsxElement['attributes'],
  children: unknown[] = [],
): JsxElement => ({
  type: 'mdxJsxTextElement',
  name,
  attributes,
  children,
});
/** A tree without positions and data, to compare shapes. */
const shape = (node: unknown): unknown =>
  JSON.parse(
    JSON.stringify(node, (key, value) =>
      key === 'position' || key === 'data' ? undefined : value,
    ),
  );

describe('release body sanitiser', () => {
  it('removes what would run, load or embed, with its content', () => {
    const tree = root(
      el('p', {}, [text('قبل '), el('script', {}, [text("alert('x')")]), text(' بعد')]),
      el('iframe', { src: 'https://evil.example/' }),
      el('p', {}, [el('img', { src: 'x.jpg', onError: "alert('x')", alt: 'صورة' })]),
      el('p', {}, [el('a', { href: 'javascript:alert(1)' }, [text('رابط')])]),
      el('p', {}, [el('a', { href: 'jav\tascript:alert(1)' }, [text('رابط')])]),
    );
    expect(shape(sanitizeBody(tree))).toEqual(
      shape(
        root(
          el('p', {}, [text('قبل '), text(' بعد')]),
          el('p', {}, [el('img', { src: 'x.jpg', alt: 'صورة' })]),
          el('p', {}, [el('a', {}, [text('رابط')])]),
          el('p', {}, [el('a', {}, [text('رابط')])]),
        ),
      ),
    );
  });

  it('unwraps elements it does not publish and keeps their text; drops unknown attributes', () => {
    const tree = root(
      el('div', { className: ['notice'] }, [
        el('p', { style: 'position:fixed', dir: 'ltr' }, [text('نص')]),
      ]),
    );
    expect(shape(sanitizeBody(tree))).toEqual(shape(root(el('p', { dir: 'ltr' }, [text('نص')]))));
  });

  it('turns JSX written as HTML into elements with their literal attributes only', () => {
    const tree = {
      type: 'root',
      children: [
        jsx(
          'span',
          [
            { type: 'mdxJsxAttribute', name: 'dir', value: 'ltr' },
            {
              type: 'mdxJsxAttribute',
              name: 'data-x',
              value: { type: 'mdxJsxAttributeValueExpression', value: 'process.env.HOME' },
            },
            { type: 'mdxJsxExpressionAttribute', value: '...props' },
          ],
          [text('LATIN')],
        ),
        jsx(null, [], [text(' جزء')]),
        jsx('Aside', [], [text('مكون')]),
        { type: 'mdxTextExpression', value: 'process.env.HOME' },
      ],
    } as unknown as Root;
    expect(shape(sanitizeBody(tree))).toEqual(
      shape(root(el('span', { dir: 'ltr' }, [text('LATIN')]), text(' جزء'))),
    );
    expect(
      jsxProperties([
        { type: 'mdxJsxAttribute', name: 'class', value: 'a b' },
        { type: 'mdxJsxAttribute', name: 'onclick', value: 'x' },
      ]),
    ).toEqual({
      className: ['a', 'b'],
      onClick: 'x',
    });
  });

  it('removes control characters from text and attribute values', () => {
    const tree = root(el('p', { title: 'a\u0000b' }, [text('نص\u0001 و\u0085هنا\uFFFE')]));
    expect(shape(sanitizeBody(tree))).toEqual(shape(root(el('p', {}, [text('نص وهنا')]))));
  });

  it('keeps what Markdown and GFM write: tables, task lists, footnotes, code languages', () => {
    const md =
      'نص[^1]\n\n| a | b |\n|:-:|--:|\n| 1 | 2 |\n\n- [x] تم\n\n```js\nx\n```\n\n[^1]: حاشية\n';
    const tree = markdownToHast(md) as Root;
    expect(shape(sanitizeBody(tree))).toEqual(shape(tree));
  });

  it('keeps local image files and refuses any other image source', () => {
    for (const ok of ['./photo.jpg', 'photo.JPEG', 'sub/photo.webp', './صورة.png'])
      expect(LOCAL_IMAGE.test(ok), ok).toBe(true);
    for (const bad of [
      './x.js',
      'https://x/y.png',
      'data:image/png;base64,AA',
      '/abs.png',
      '../up.jpg',
      'a/../../b.png',
      './p.jpg?raw',
      './p.jpg#x',
      './p.svg',
    ])
      expect(LOCAL_IMAGE.test(bad), bad).toBe(false);
    expect(hasUnsafeScheme(' \tJaVa\nScRiPt:alert(1)')).toBe(true);
    expect(hasUnsafeScheme('https://example.org/a:b')).toBe(false);
    expect(hasUnsafeScheme('../releases/x/')).toBe(false);
  });

  it('says what it does to one element, in its place', () => {
    expect(inspectElement(el('script'), ['p'])).toEqual({ kind: 'dangerous' });
    expect(inspectElement(el('font', { color: 'red' }), ['p'])).toEqual({ kind: 'unwrapped' });
    expect(
      inspectElement(el('td', { style: 'text-align: center' }), ['table', 'tbody', 'tr']),
    ).toEqual({ kind: 'kept', removed: [] });
    expect(inspectElement(el('td'), ['p'])).toEqual({ kind: 'unwrapped' });
    expect(
      inspectElement(el('a', { href: 'vbscript:x', title: 't', className: ['big'] }), ['p']),
    ).toEqual({
      kind: 'kept',
      removed: [
        ['href', 'vbscript:x'],
        ['className', ['big']],
      ],
    });
  });

  it('leaves every body without HTML, expressions or links as Markdown built it (why those are not sanitised)', () => {
    const chars = fc.constantFrom(
      'ا',
      'ب',
      ' ',
      '\n',
      '*',
      '_',
      '#',
      '-',
      '1',
      '.',
      '`',
      '~',
      '|',
      '>',
      '!',
      '[',
      ']',
      '(',
      ')',
      '\\',
      '"',
      "'",
      'a',
      ':',
      '/',
      'w',
      'h',
    );
    fc.assert(
      fc.property(
        fc.string({ unit: chars }).filter((s) => !mayNeedSanitizing(s)),
        (body) => {
          const tree = markdownToHast(body) as Root;
          expect(shape(sanitizeBody(tree))).toEqual(shape(tree));
        },
      ),
      { numRuns: 400 },
    );
  });
});
