// The URL test behind the window's navigation guards and the IPC sender check.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rendererLocation } from './renderer-location';

describe('rendererLocation (built renderer)', () => {
  const location = rendererLocation('');
  const page = pathToFileURL(path.join(import.meta.dirname, '../renderer/index.html')).href;

  it('loads the built index.html as a file URL and accepts it with any hash or query', () => {
    expect(location.url).toBe(page);
    expect(location.isOurs(page)).toBe(true);
    expect(location.isOurs(`${page}#/borgere/12`)).toBe(true);
    expect(location.isOurs(`${page}?x=1`)).toBe(true);
  });

  it('refuses other files, other schemes and nonsense', () => {
    expect(location.isOurs(pathToFileURL('/etc/passwd').href)).toBe(false);
    expect(location.isOurs(page.replace('index.html', 'other.html'))).toBe(false);
    expect(location.isOurs('https://example.com/index.html')).toBe(false);
    expect(location.isOurs('about:blank')).toBe(false);
    expect(location.isOurs('not a url')).toBe(false);
  });
});

describe('rendererLocation (dev server)', () => {
  const location = rendererLocation('http://localhost:5173/');

  it('accepts the dev server origin only', () => {
    expect(location.url).toBe('http://localhost:5173/');
    expect(location.isOurs('http://localhost:5173/#/start')).toBe(true);
    expect(location.isOurs('http://localhost:5174/')).toBe(false);
    expect(location.isOurs('http://evil.localhost:5173/')).toBe(false);
  });
});
