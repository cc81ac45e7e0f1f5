// A tiny hash router: `#/botilbud/12` -> ['botilbud', '12']. Reload keeps the page; no library needed.
import { useSyncExternalStore } from 'react';

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

function currentHash(): string {
  return window.location.hash;
}

export function parseHash(hash: string): string[] {
  return hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part));
}

export function useHashRoute(): string[] {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseHash(hash);
}

export function routeHref(...parts: (string | number)[]): string {
  return `#/${parts.map((part) => encodeURIComponent(String(part))).join('/')}`;
}

export function navigate(...parts: (string | number)[]): void {
  window.location.hash = routeHref(...parts);
}
