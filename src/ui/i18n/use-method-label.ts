// Turns a contract method code (`residences.update`) into words for the log; unknown codes show as they are.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { da } from './da';
import { en } from './en';

export function useMethodLabel(): (method: string) => string {
  const { i18n } = useTranslation();
  const labels = i18n.language === 'en' ? en.methods : da.methods;
  return useCallback(
    (method: string) => {
      const [area, verb] = method.split('.');
      const group = (labels as Record<string, Record<string, string | undefined> | undefined>)[area ?? ''];
      return group?.[verb ?? ''] ?? method;
    },
    [labels],
  );
}
