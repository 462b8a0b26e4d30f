import { describe, expect, it } from 'vitest';
import { aliasKey, aliasProblem } from '../../../src/release/aliases.ts';

describe('aliases (old addresses)', () => {
  it('accepts paths as an old site had them, Arabic or percent-encoded, and ?p=<id>', () => {
    for (const alias of [
      '/2023/05/12/مباحثات-أمنية/',
      '/2023/05/12/%d9%85%d8%a8%d8%a7%d8%ad%d8%ab%d8%a7%d8%aa/',
      '/?p=123',
      '/news/old.html',
    ])
      expect(aliasProblem(alias), alias).toBeUndefined();
  });

  it('refuses full addresses (giving the path), relative paths, .. and broken escapes', () => {
    expect(aliasProblem('https://old.example.org/2023/x/?a=1')).toContain(
      'write only its path,  /2023/x/?a=1',
    );
    expect(aliasProblem('2023/x/')).toContain('must be a path starting with one /');
    expect(aliasProblem('//evil.example/x')).toContain('must be a path starting with one /');
    expect(aliasProblem('/a/../b')).toContain('.. segment');
    expect(aliasProblem('/a b/')).toContain('space');
    expect(aliasProblem('/100%/')).toContain('% that does not start an escape');
  });

  it('gives one identity to the decoded, encoded and slash-less forms of an address', () => {
    const key = aliasKey('/2023/مباحثات/');
    expect(aliasKey('/2023/%D9%85%D8%A8%D8%A7%D8%AD%D8%AB%D8%A7%D8%AA')).toBe(key);
    expect(aliasKey('/2023/مباحثات')).toBe(key);
    expect(aliasKey('/?p=12')).not.toBe(aliasKey('/?p=123'));
    expect(aliasKey('/')).toBe('/');
  });
});
