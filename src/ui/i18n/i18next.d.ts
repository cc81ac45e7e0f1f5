// Types the translation keys: t('a.missing.key') is a compile error, and en.ts must match da.ts.
import 'i18next';
import type { da } from './da';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof da };
    returnNull: false;
  }
}
