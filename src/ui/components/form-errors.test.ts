// Server field errors land on the form field they name, nested or aliased; the rest go to the alert.
import { describe, expect, it } from 'vitest';
import { RpcError } from '../../contract/errors';
import { applyServerErrors, formPathFor } from './form-errors';

const values = { firstName: '', stay: { residenceId: null, room: '' }, subjects: ['helbred'], dailyRate: 0 };

describe('formPathFor', () => {
  it('finds top-level and nested fields', () => {
    expect(formPathFor(values, 'firstName')).toBe('firstName');
    expect(formPathFor(values, 'stay.residenceId')).toBe('stay.residenceId');
  });
  it('puts an item of a list on the list', () => {
    expect(formPathFor(values, 'subjects.0')).toBe('subjects');
  });
  it('follows aliases', () => {
    expect(formPathFor(values, 'dailyRateOre', { dailyRateOre: 'dailyRate' })).toBe('dailyRate');
  });
  it('refuses paths the form has no field for', () => {
    expect(formPathFor(values, 'stay.moveOut')).toBeNull();
    expect(formPathFor(values, 'stay')).toBeNull();
    expect(formPathFor(values, 'citizenId')).toBeNull();
  });
});

describe('applyServerErrors', () => {
  it('sets nested errors and returns the rest', () => {
    let set: Record<string, unknown> = {};
    const form = { getValues: () => values, setErrors: (errors: Record<string, unknown>) => (set = errors) };
    const error = new RpcError({
      code: 'INVALID_INPUT',
      message: 'Ugyldigt input',
      fields: [
        { path: 'stay.residenceId', message: 'Botilbuddet er fuldt' },
        { path: 'citizenId', message: 'Borger mangler' },
      ],
    });
    expect(applyServerErrors(form, error)).toBe('Borger mangler');
    expect(set).toEqual({ 'stay.residenceId': 'Botilbuddet er fuldt' });
  });
  it('returns the message of other errors', () => {
    const form = { getValues: () => values, setErrors: () => undefined };
    expect(applyServerErrors(form, new RpcError({ code: 'CONFLICT', message: 'Ændret af en anden' }))).toBe('Ændret af en anden');
  });
});
