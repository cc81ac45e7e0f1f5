// The desktop's CSP is the web host's, loosened only for electron-vite's dev server.
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/backend/content-security-policy';
import { contentSecurityPolicy, saveDialogOptions } from './session-policy';

const directives = (policy: string) => new Map(policy.split('; ').map((part) => [part.split(' ')[0], part] as const));

describe('contentSecurityPolicy', () => {
  it('is the web host policy, unchanged, for the built renderer', () => {
    expect(contentSecurityPolicy(false)).toBe(CONTENT_SECURITY_POLICY);
  });

  it("adds inline scripts for electron-vite's dev server and changes nothing else", () => {
    const dev = directives(contentSecurityPolicy(true));
    const built = directives(CONTENT_SECURITY_POLICY);
    expect(dev.get('script-src')).toBe("script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'");
    dev.delete('script-src');
    built.delete('script-src');
    expect(dev).toEqual(built);
  });
});

describe('saveDialogOptions', () => {
  it('saves a report as a PDF under its own name, in Danish', () => {
    expect(saveDialogOptions('Statusrapport Åse Ærø 2026.pdf')).toEqual({
      title: 'Gem rapport',
      defaultPath: 'Statusrapport Åse Ærø 2026.pdf',
      filters: [{ name: 'PDF-dokument', extensions: ['pdf'] }],
    });
    expect(saveDialogOptions('eksport.csv')).toEqual({ title: 'Gem fil', defaultPath: 'eksport.csv', filters: [] });
  });
});
