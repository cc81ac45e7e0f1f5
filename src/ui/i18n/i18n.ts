// i18next set up once: Danish by default, English selectable; the choice is remembered locally
// and, once signed in, on the user (auth.setLanguage / auth.me).
import dayjs from 'dayjs';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { da } from './da';
import { en } from './en';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'kerne.language';

export function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered across restarts; still applied now.
  }
}

void i18n.use(initReactI18next).init({
  resources: { da: { translation: da }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'da',
  interpolation: { escapeValue: false },
  returnNull: false,
});

function applyToPage(language: string): void {
  document.documentElement.lang = language;
  dayjs.locale(language === 'en' ? 'en' : 'da');
}

i18n.on('languageChanged', applyToPage);
applyToPage(i18n.language);

export default i18n;
