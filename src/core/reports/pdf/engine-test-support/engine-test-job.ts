// Jobs for the engine's tests: a frame with or without a logo and a model of numbered sections.
import type { Letterhead, RenderJob } from '../../report-job';
import type { EngineTestModel } from './engine-test-template';

export const TEST_LETTERHEAD: Letterhead = {
  name: 'Bofællesskabet Ærø',
  cvr: '12345678',
  street: 'Østergade 1',
  postalCode: '5970',
  city: 'Ærøskøbing',
  phone: '62 52 00 00',
  email: 'post@aeroe.example',
  logo: null,
};

export function engineTestJob(model: Partial<EngineTestModel> & { sectionCount?: number } = {}, letterhead: Partial<Letterhead> = {}): RenderJob<EngineTestModel> {
  const count = model.sectionCount ?? 3;
  return {
    kind: 'vikarmappe',
    frame: {
      letterhead: { ...TEST_LETTERHEAD, ...letterhead },
      title: 'Testrapport',
      subtitle: 'Motoren, 01-01-2026 – 31-03-2026',
      generatedAt: '2026-04-01T08:00:00.000Z',
      generatedBy: 'Anne Åberg',
    },
    model: {
      sections: model.sections ?? Array.from({ length: count }, (_, i) => ({ heading: `Afsnit ${i + 1}`, lines: [`Borger nummer ${i + 1} bor på Åbenråvej ${i + 1}.`] })),
      perPart: model.perPart ?? 1,
      fail: model.fail,
    },
  };
}
