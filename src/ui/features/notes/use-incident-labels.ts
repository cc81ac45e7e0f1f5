// An incident's kind and type in the user's language (the types are keys of INCIDENT_TYPES[kind]).
import { useTranslation } from 'react-i18next';
import { INCIDENT_TYPES, type IncidentKind } from '../../../contract/plan-terms';

export function useIncidentLabels() {
  const { t } = useTranslation();
  const kindLabel = (kind: IncidentKind) => t(`notes.incidents.kinds.${kind}`);
  const typeLabel = (kind: IncidentKind, type: string | null): string | null => {
    if (!type) return null;
    // The dictionary has the same keys as INCIDENT_TYPES; fall back to the contract's Danish label.
    const key = `notes.incidents.types.${kind}.${type}` as 'notes.incidents.types.magtanvendelse.andet';
    return t(key, { defaultValue: INCIDENT_TYPES[kind][type] ?? type });
  };
  const typeOptions = (kind: IncidentKind) => Object.keys(INCIDENT_TYPES[kind]).map((type) => ({ value: type, label: typeLabel(kind, type) ?? type }));
  return { kindLabel, typeLabel, typeOptions };
}
