// A small split-able template for the engine's own tests (never registered in the app): sections
// of lines, a few per part, plus switches that make a worker throw or die.
import type { RenderJob } from '../../report-job';
import { GeneratedBy, Paragraph, ReportDocument, ReportPage, Section } from '../primitives';
import type { ReportTemplate } from '../report-template';

export interface EngineTestModel {
  sections: { heading: string; lines: string[] }[];
  /** Sections per part (0: one part). */
  perPart: number;
  /** 'throw': rendering throws; 'exit': the worker thread ends itself. */
  fail?: 'throw' | 'exit';
}

export const engineTestTemplate: ReportTemplate<EngineTestModel> = {
  split: (model) => {
    if (!model.perPart) return [model];
    const parts: EngineTestModel[] = [];
    for (let i = 0; i < model.sections.length; i += model.perPart) parts.push({ ...model, sections: model.sections.slice(i, i + model.perPart) });
    return parts;
  },
  render: (job: RenderJob<EngineTestModel>, part) => {
    if (job.model.fail === 'throw') throw new Error('Testskabelonen fejlede med vilje');
    if (job.model.fail === 'exit') process.exit(7);
    const first = !part || part.index === 0;
    const last = !part || part.index === part.count - 1;
    return (
      <ReportDocument frame={job.frame}>
        <ReportPage frame={job.frame} first={first}>
          {job.model.sections.map((section, index) => (
            <Section key={index} title={section.heading} breakBefore={index > 0}>
              {section.lines.map((line, lineIndex) => (
                <Paragraph key={lineIndex}>{line}</Paragraph>
              ))}
            </Section>
          ))}
          {last ? <GeneratedBy frame={job.frame} /> : null}
        </ReportPage>
      </ReportDocument>
    );
  },
};
