// Between a placement and its form: kroner in the money field (øre on the wire, converted exactly),
// Select values as text, dates as ISO strings.
import type { Placement } from '../../../contract/areas/placements';
import { kronerToOre, oreToKroner } from '../../format/money';
import { todayIso } from '../../format/dates';

export interface PlacementValues {
  actingMunicipalityCode: string | null;
  payingMunicipalityCode: string | null;
  legalBasisCode: string | null;
  /** Kroner, as typed; `dailyRateOre` on the wire. */
  dailyRate: number | string;
  startDate: string | null;
  endDate: string | null;
  caseWorkerName: string;
  caseWorkerPhone: string;
  caseWorkerEmail: string;
}

/** The server names the amount `dailyRateOre`; the form holds it in kroner as `dailyRate`. */
export const PLACEMENT_ALIASES = { dailyRateOre: 'dailyRate' } as const;

export function emptyPlacement(legalBasisCode: string | null): PlacementValues {
  return {
    actingMunicipalityCode: null,
    payingMunicipalityCode: null,
    legalBasisCode,
    dailyRate: '',
    startDate: todayIso(),
    endDate: null,
    caseWorkerName: '',
    caseWorkerPhone: '',
    caseWorkerEmail: '',
  };
}

export function placementToValues(placement: Placement): PlacementValues {
  return {
    actingMunicipalityCode: placement.actingMunicipalityCode,
    payingMunicipalityCode: placement.payingMunicipalityCode,
    legalBasisCode: placement.legalBasisCode,
    dailyRate: oreToKroner(placement.dailyRateOre),
    startDate: placement.startDate,
    endDate: placement.endDate,
    caseWorkerName: placement.caseWorkerName ?? '',
    caseWorkerPhone: placement.caseWorkerPhone ?? '',
    caseWorkerEmail: placement.caseWorkerEmail ?? '',
  };
}

export function placementToRaw(values: PlacementValues) {
  const { dailyRate, ...rest } = values;
  return { ...rest, dailyRateOre: kronerToOre(dailyRate) };
}
