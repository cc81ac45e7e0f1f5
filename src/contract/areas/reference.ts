// Reference data shipped with Kerne: Denmark's municipalities and regions with official codes.
import { z } from 'zod';
import { method } from '../method';

export const municipality = z.object({
  code: z.string(),
  name: z.string(),
  officialName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
});
export type Municipality = z.infer<typeof municipality>;

export const referenceMethods = {
  'reference.municipalities': method({
    summary: 'De 98 kommuner med kommunekode og region, sorteret på dansk.',
    access: 'signedIn',
    kind: 'read',
    input: z.object({}).default({}),
    output: z.array(municipality),
  }),
};
