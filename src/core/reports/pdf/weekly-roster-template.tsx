// The printed weekly plan (ugeplan) for the wall: landscape A4, the week's grid, and a legend of
// the shift types' letters and times.
import { Text } from '@react-pdf/renderer';
import type { WeeklyRosterModel } from '../models/weekly-roster-model';
import { date } from './format';
import { Empty, GeneratedBy, Paragraph, ReportDocument, ReportPage } from './primitives';
import type { ReportTemplate } from './report-template';
import { styles } from './theme';
import { WeeklyRosterGrid } from './weekly-roster-grid';

export const weeklyRosterTemplate: ReportTemplate<WeeklyRosterModel> = {
  render: (job) => {
    const model = job.model;
    return (
      <ReportDocument frame={job.frame}>
        <ReportPage frame={job.frame} first landscape>
          <Text style={styles.subTitle}>
            Uge {model.week}, {date(model.from)} – {date(model.to)}
          </Text>
          {model.rows.length === 0 && model.open.every((day) => day.length === 0) ? (
            <Empty>Ingen medarbejdere og ingen vagter i {model.residenceName} i uge {model.week}.</Empty>
          ) : (
            <WeeklyRosterGrid model={model} />
          )}
          {model.legend.length > 0 ? (
            <Paragraph muted>Vagttyper: {model.legend.map((t) => `${t.letter} = ${t.name} ${t.times}`).join(' · ')}. «sov» = sovende nattevagt.</Paragraph>
          ) : null}
          <GeneratedBy frame={job.frame} />
        </ReportPage>
      </ReportDocument>
    );
  },
};
