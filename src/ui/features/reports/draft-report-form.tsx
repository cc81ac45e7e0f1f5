// A versioned text written before a report (the statusrapport's draft, the vikarmappe's content):
// validated with the contract's schema, saved with its version, and "Dan …" saves unsaved text
// first, since the report is built from what is saved, then opens the generated PDF.
import { Button } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconDeviceFloppy, IconFileTypePdf } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { useServerSubmit } from '../../components/form-errors';
import { FormFooterActions } from '../../components/form-footer-actions';
import { notifySuccess } from '../../components/notify';

interface DraftReportOptions<Saved extends { version: number }, Values, Schema extends z.ZodType> {
  initial: Saved;
  schema: Schema;
  toValues: (saved: Saved) => Values;
  /** The save call's input for these values at the saved version, before the schema checks it. */
  toInput: (values: Values, version: number) => unknown;
  save: (input: z.output<Schema>) => Promise<Saved>;
  load: () => Promise<Saved>;
  generate: () => Promise<{ id: number }>;
  onGenerated: (reportId: number) => void;
  messages: { saved: string; generated: string };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- @mantine/form's own bound for form values
export function useDraftReportForm<Saved extends { version: number }, Values extends Record<string, any>, Schema extends z.ZodType>(options: DraftReportOptions<Saved, Values, Schema>) {
  const [saved, setSaved] = useState(options.initial);
  const [busy, setBusy] = useState<'saving' | 'generating' | null>(null);
  const resolver = schemaResolver(options.schema, { sync: true });
  const form = useForm<Values>({
    initialValues: options.toValues(options.initial),
    validate: (values) => resolver(options.toInput(values, saved.version)),
  });

  const store = async (values: Values) => {
    const fresh = await options.save(options.schema.parse(options.toInput(values, saved.version)));
    setSaved(fresh);
    form.resetDirty(values);
  };

  const during = (what: 'saving' | 'generating', action: (values: Values) => Promise<void>) => async (values: Values) => {
    setBusy(what);
    try {
      await action(values);
    } finally {
      setBusy(null);
    }
  };

  const saving = useServerSubmit(
    form,
    during('saving', async (values) => {
      await store(values);
      notifySuccess(options.messages.saved);
    }),
  );
  const generating = useServerSubmit(
    form,
    during('generating', async (values) => {
      if (form.isDirty() || saved.version === 0) await store(values);
      const report = await options.generate();
      notifySuccess(options.messages.generated);
      options.onGenerated(report.id);
    }),
  );

  const reload = async () => {
    const fresh = await options.load();
    const values = options.toValues(fresh);
    form.setValues(values);
    form.resetDirty(values);
    setSaved(fresh);
    saving.clearProblem();
    generating.clearProblem();
  };

  return {
    form,
    saved,
    busy,
    submit: saving.submit,
    generate: () => generating.submit(),
    problem: saving.problem ?? generating.problem,
    conflict: saving.conflict || generating.conflict,
    reload,
  };
}

type DraftReportForm = ReturnType<typeof useDraftReportForm>;

/** The form's foot: the server's problem (with "reload" on a conflict), when it was saved, Gem and Dan …. */
export function DraftReportFooter({
  draft,
  labels,
  status,
  children,
}: {
  draft: Pick<DraftReportForm, 'busy' | 'generate' | 'problem' | 'conflict' | 'reload'>;
  labels: { conflictTitle: string; reload: string; save: string; generate: string };
  status: ReactNode;
  /** Extra controls before the buttons (the statusrapport's full-CPR choice). */
  children?: ReactNode;
}) {
  return (
    <FormFooterActions
      problem={draft.problem}
      conflictTitle={draft.conflict ? labels.conflictTitle : undefined}
      reloadLabel={labels.reload}
      onReload={draft.conflict ? () => void draft.reload() : undefined}
      status={status}
    >
      {children}
      <Button type="submit" variant="default" leftSection={<IconDeviceFloppy size={16} />} loading={draft.busy === 'saving'} disabled={draft.busy === 'generating'}>
        {labels.save}
      </Button>
      <Button type="button" leftSection={<IconFileTypePdf size={16} />} loading={draft.busy === 'generating'} disabled={draft.busy === 'saving'} onClick={draft.generate}>
        {labels.generate}
      </Button>
    </FormFooterActions>
  );
}
