import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { nlBE } from './nl-BE';

function flatten(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') {
    return [prefix];
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    flatten(child, prefix ? `${prefix}.${key}` : key),
  );
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return sourceFiles(full);
    }
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const nlKeys = new Set(flatten(nlBE));
const enKeys = new Set(flatten(en));
const exists = (keys: Set<string>, key: string) =>
  keys.has(key) || keys.has(`${key}_one`) || keys.has(`${key}_other`);

describe('UI translation catalogues', () => {
  it('have the same keys in Dutch and English', () => {
    expect([...nlKeys].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !nlKeys.has(k))).toEqual([]);
  });

  it('have no empty texts, and keep every {{placeholder}} in both languages', () => {
    const at = (catalogue: unknown, key: string) =>
      key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue) as string;
    for (const key of nlKeys) {
      const nl = at(nlBE, key);
      const english = at(en, key);
      expect(nl.trim(), key).not.toBe('');
      expect(english.trim(), key).not.toBe('');
      const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(placeholders(english), key).toEqual(placeholders(nl));
    }
  });

  it('contain every key the code asks for with a literal t("…")', () => {
    const root = path.resolve(import.meta.dirname, '..');
    const used = new Set<string>();
    for (const file of sourceFiles(root)) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z_.]+)'/g)) {
        used.add(match[1] as string);
      }
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !exists(nlKeys, key) || !exists(enKeys, key))).toEqual([]);
  });
});
