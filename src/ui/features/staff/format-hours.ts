// Minutes shown as Danish hours: 2220 -> "37 t", 1950 -> "32,5 t".
import type { TFunction } from 'i18next';

const hours = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });

export function formatHours(minutes: number, t: TFunction): string {
  return t('rosterSetup.hoursShort', { hours: hours.format(minutes / 60) });
}
