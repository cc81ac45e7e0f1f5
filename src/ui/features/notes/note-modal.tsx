// "Skriv notat" (notes.create) and "Ret notat" (notes.correct): date, text, linked goals and FFB
// themes, til statusrapport; a correction also needs a reason and is saved as a new version. A
// correction built on a version someone has corrected since is a conflict, with "reload".
import { Alert, Modal, MultiSelect, SimpleGrid, Stack, Switch, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import type { Note } from '../../../contract/areas/notes';
import { DateField } from '../../components/date-field';
import { FormFooter } from '../../components/form-footer';
import { useServerSubmit } from '../../components/form-errors';
import { notifySuccess } from '../../components/notify';
import { todayIso } from '../../format/dates';
import { call } from '../../rpc/client';
import { useRpcMutation } from '../../rpc/use-rpc';
import { THEME_OPTIONS, useGoalOptions } from './use-note-options';

const createSchema = contract['notes.create'].input;
const correctSchema = contract['notes.correct'].input;

interface NoteValues {
  date: string | null;
  body: string;
  goalIds: string[];
  themeCodes: string[];
  forStatusReport: boolean;
  reason: string;
}

interface NoteModalProps {
  citizenId: number;
  /** The note to correct; null to write a new one. */
  note: Note | null;
  opened: boolean;
  onClose: () => void;
}

const noteToValues = (note: Pick<Note, 'date' | 'body' | 'goals' | 'themes' | 'forStatusReport'>): Omit<NoteValues, 'reason'> => ({
  date: note.date,
  body: note.body,
  goalIds: note.goals.map((goal) => String(goal.id)),
  themeCodes: note.themes.map((theme) => theme.code),
  forStatusReport: note.forStatusReport,
});

export function NoteModal({ citizenId, note, opened, onClose }: NoteModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={note ? t('notes.correctTitle') : t('notes.createTitle')} size="lg">
      {opened ? <NoteForm citizenId={citizenId} note={note} onClose={onClose} /> : null}
    </Modal>
  );
}

function NoteForm({ citizenId, note, onClose }: Omit<NoteModalProps, 'opened'>) {
  const { t } = useTranslation();
  const goals = useGoalOptions(citizenId);
  const create = useRpcMutation('notes.create');
  const correct = useRpcMutation('notes.correct');
  const resolveCreate = schemaResolver(createSchema, { sync: true });
  const resolveCorrect = schemaResolver(correctSchema, { sync: true });
  const toCreate = ({ reason: _reason, ...values }: NoteValues) => ({ ...values, citizenId, goalIds: values.goalIds.map(Number) });
  const [version, setVersion] = useState(note?.version ?? 0);
  const toCorrect = (values: NoteValues, current: Note) => ({ ...values, id: current.id, version, goalIds: values.goalIds.map(Number) });
  const form = useForm<NoteValues>({
    initialValues: note ? { ...noteToValues(note), reason: '' } : { date: todayIso(), body: '', goalIds: [], themeCodes: [], forStatusReport: false, reason: '' },
    validate: (values) => (note ? resolveCorrect(toCorrect(values, note)) : resolveCreate(toCreate(values))),
  });

  const { submit, problem, conflict, clearProblem } = useServerSubmit(form, async (values) => {
    if (note) {
      const saved = await correct.mutateAsync(correctSchema.parse(toCorrect(values, note)));
      notifySuccess(t('notes.correctedSaved', { version: saved.version }));
    } else {
      await create.mutateAsync(createSchema.parse(toCreate(values)));
      notifySuccess(t('notes.saved'));
    }
    onClose();
  });

  // The newest version becomes the base; the reason typed so far is kept.
  const reload = async () => {
    if (!note) return;
    const versions = await call('notes.history', { id: note.id });
    const newest = versions.reduce((latest, candidate) => (candidate.version > latest.version ? candidate : latest));
    const values = { ...noteToValues(newest), reason: form.getValues().reason };
    form.setValues(values);
    form.resetDirty(values);
    setVersion(newest.version);
    clearProblem();
  };

  // A correction keeps the links the note already has, even to a goal closed since.
  const linked = (note?.goals ?? []).filter((goal) => !goals.active.some((option) => option.value === String(goal.id)));
  const goalOptions = [...goals.active, ...linked.map((goal) => ({ value: String(goal.id), label: goal.text }))];

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {note ? (
          <Alert variant="light" icon={<IconInfoCircle />} p="sm">
            {t('notes.correctIntro')}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <DateField label={t('notes.fields.date')} withAsterisk maxDate={todayIso()} {...form.getInputProps('date')} />
          <Switch
            label={t('notes.fields.forStatusReport')}
            description={t('notes.fields.forStatusReportHint')}
            mt={{ base: 0, xs: 'lg' }}
            {...form.getInputProps('forStatusReport', { type: 'checkbox' })}
          />
        </SimpleGrid>
        <Textarea label={t('notes.fields.body')} withAsterisk autosize minRows={5} maxRows={16} data-autofocus={note ? undefined : true} {...form.getInputProps('body')} />
        <MultiSelect
          label={t('notes.fields.goalIds')}
          description={t('notes.fields.goalIdsHint')}
          placeholder={goalOptions.length ? undefined : t('notes.fields.noGoals')}
          data={goalOptions}
          disabled={!goalOptions.length && !goals.loading}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
          {...form.getInputProps('goalIds')}
        />
        <MultiSelect
          label={t('notes.fields.themeCodes')}
          description={t('notes.fields.themeCodesHint')}
          data={THEME_OPTIONS}
          searchable
          clearable
          maxDropdownHeight={320}
          nothingFoundMessage={t('common.nothingFound')}
          {...form.getInputProps('themeCodes')}
        />
        {note ? (
          <Textarea label={t('notes.fields.reason')} description={t('notes.fields.reasonHint')} withAsterisk autosize minRows={2} maxRows={5} data-autofocus {...form.getInputProps('reason')} />
        ) : null}
        <FormFooter
          problem={problem}
          conflictTitle={conflict ? t('notes.conflictTitle') : undefined}
          reloadLabel={t('notes.reload')}
          onReload={conflict ? () => void reload() : undefined}
          saving={create.isPending || correct.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
