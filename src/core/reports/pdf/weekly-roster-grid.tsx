// The ugeplan's grid: a header row of days (holidays marked), one row per staff member with the
// shifts and absence of each day and hours against normtid, the open shifts, and the coverage.
import { Text, View } from '@react-pdf/renderer';
import type { RosterCellEntry, WeeklyRosterDay, WeeklyRosterModel } from '../models/weekly-roster-model';
import { date, oneDecimal } from './format';
import { COLORS, styles } from './theme';

const WEEKDAYS = ['Man', 'Tir', 'Ons', 'Tor', 'Fre', 'Lør', 'Søn'];
const NAME = 2.4;
const DAY = 1.25;
const HOURS = 1.3;

const s = {
  row: { flexDirection: 'row' as const, borderBottomWidth: 0.5, borderBottomColor: COLORS.rule, minHeight: 20 },
  cell: { ...styles.cell, flex: DAY, borderLeftWidth: 0.5, borderLeftColor: COLORS.rule },
  holiday: { backgroundColor: '#fff4e6' },
  absence: { color: COLORS.bad, fontStyle: 'italic' as const },
  open: { color: COLORS.accent, fontWeight: 'bold' as const },
  small: { fontSize: 7, color: COLORS.muted },
};

const holidayStyle = (day: WeeklyRosterDay) => (day.holiday ? [s.cell, s.holiday] : [s.cell]);

function Entries({ entries, open = false }: { entries: RosterCellEntry[]; open?: boolean }) {
  return (
    <>
      {entries.map((entry, index) => (
        <Text key={index} style={entry.kind === 'absence' ? s.absence : open ? s.open : {}}>
          {entry.text}
        </Text>
      ))}
    </>
  );
}

/** "37,0 / 37,0 t" against normtid; a substitute's hours alone. */
const hoursText = (minutes: number, weeklyMinutes: number): string =>
  weeklyMinutes > 0 ? `${oneDecimal(minutes / 60)} / ${oneDecimal(weeklyMinutes / 60)} t` : `${oneDecimal(minutes / 60)} t`;

export function WeeklyRosterGrid({ model }: { model: WeeklyRosterModel }) {
  return (
    <View style={styles.table}>
      <View style={[styles.tableHeader, { minHeight: 24 }]} fixed>
        <Text style={[styles.cell, { flex: NAME }]}>Medarbejder</Text>
        {model.days.map((day, index) => (
          <View key={day.date} style={holidayStyle(day)}>
            <Text>
              {WEEKDAYS[index]} {date(day.date).slice(0, 5)}
            </Text>
            {day.holiday ? <Text style={[s.small, { color: COLORS.bad, fontWeight: 'normal' }]}>{day.holiday}</Text> : null}
          </View>
        ))}
        <Text style={[styles.cell, { flex: HOURS, textAlign: 'right' }]}>Timer / normtid</Text>
      </View>
      {model.rows.map((row) => (
        <View key={row.name} style={s.row} wrap={false}>
          <View style={[styles.cell, { flex: NAME }]}>
            <Text>{row.name}</Text>
            {row.employment === 'vikar' ? <Text style={s.small}>Vikar</Text> : null}
          </View>
          {row.cells.map((entries, index) => (
            <View key={index} style={holidayStyle(model.days[index]!)}>
              <Entries entries={entries} />
            </View>
          ))}
          <Text style={[styles.cell, { flex: HOURS, textAlign: 'right' }]}>{hoursText(row.minutes, row.weeklyMinutes)}</Text>
        </View>
      ))}
      <View style={[s.row, { backgroundColor: COLORS.band }]} wrap={false}>
        <Text style={[styles.cell, { flex: NAME, fontWeight: 'bold' }]}>Ledig</Text>
        {model.open.map((entries, index) => (
          <View key={index} style={s.cell}>
            {entries.length > 0 ? <Entries entries={entries} open /> : <Text style={s.small}>–</Text>}
          </View>
        ))}
        <Text style={[styles.cell, { flex: HOURS, textAlign: 'right' }]}>{model.open.reduce((n, day) => n + day.length, 0)} vagter</Text>
      </View>
      {model.days.some((day) => day.coverage) ? (
        <View style={[s.row, { borderBottomColor: COLORS.text }]} wrap={false}>
          <Text style={[styles.cell, { flex: NAME }]}>Dækning (besat / behov)</Text>
          {model.days.map((day) => (
            <Text key={day.date} style={[s.cell, day.coverage && day.coverage.staffed < day.coverage.needed ? { color: COLORS.bad, fontWeight: 'bold' } : {}]}>
              {day.coverage ? `${day.coverage.staffed} / ${day.coverage.needed}` : '–'}
            </Text>
          ))}
          <Text style={[styles.cell, { flex: HOURS }]} />
        </View>
      ) : null}
    </View>
  );
}
