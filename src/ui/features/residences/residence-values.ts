// Between a residence as the server sends it and the form's values (empty strings, not nulls).
import type { Residence } from '../../../contract/areas/residences';

export interface ResidenceFormValues {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  legalBasisCode: string | null;
  targetGroup: string;
  places: number | string;
  departmentHead: string;
  phone: string;
  email: string;
}

export const EMPTY_RESIDENCE: ResidenceFormValues = {
  name: '',
  street: '',
  postalCode: '',
  city: '',
  legalBasisCode: null,
  targetGroup: '',
  places: '',
  departmentHead: '',
  phone: '',
  email: '',
};

export function residenceToValues(residence: Residence): ResidenceFormValues {
  return {
    name: residence.name,
    street: residence.street ?? '',
    postalCode: residence.postalCode ?? '',
    city: residence.city ?? '',
    legalBasisCode: residence.legalBasisCode,
    targetGroup: residence.targetGroup ?? '',
    places: residence.places,
    departmentHead: residence.departmentHead ?? '',
    phone: residence.phone ?? '',
    email: residence.email ?? '',
  };
}

/** `Solsikkevej 4, 8000 Aarhus C`, leaving out what is missing. */
export function formatAddress(residence: Pick<Residence, 'street' | 'postalCode' | 'city'>): string {
  const town = [residence.postalCode, residence.city].filter(Boolean).join(' ');
  return [residence.street, town].filter(Boolean).join(', ');
}
