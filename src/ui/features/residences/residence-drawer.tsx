// The side panel for one residence: create (`#/botilbud/ny`) or view and edit (`#/botilbud/12`),
// with today's occupancy and, for users who may read citizens, the residence's waiting list; for
// users who generate reports, the vikarmappe.
import { Alert, Badge, Drawer, Group, Tabs, Text } from '@mantine/core';
import { IconArchive, IconHourglass, IconId, IconNotes } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-user';
import { CenteredLoader, LoadError } from '../../components/load-state';
import { notifySuccess } from '../../components/notify';
import { formatDateTime } from '../../format/dates';
import { useRpcMutation, useRpcQuery } from '../../rpc/use-rpc';
import { BriefingTab } from '../briefing/briefing-tab';
import { WaitingListSection } from '../waiting-list/waiting-list-section';
import { ResidenceArchiveButton } from './residence-archive-button';
import { ResidenceForm } from './residence-form';
import { ResidenceOccupancySummary } from './residence-occupancy-summary';

interface ResidenceDrawerProps {
  /** 'new', a residence id, or null when closed. */
  target: 'new' | number | null;
  onClose: () => void;
}

export function ResidenceDrawer({ target, onClose }: ResidenceDrawerProps) {
  // Keeps showing the last residence while the drawer slides shut; Mantine unmounts it afterwards.
  const [shown, setShown] = useState(target);
  if (target !== null && target !== shown) setShown(target);
  return (
    <Drawer opened={target !== null} onClose={onClose} position="right" size={620} title={<DrawerTitle target={shown} />} padding="lg">
      {shown === 'new' ? <CreateResidence onClose={onClose} /> : null}
      {typeof shown === 'number' ? <ResidencePanel key={shown} id={shown} onClose={onClose} /> : null}
    </Drawer>
  );
}

function DrawerTitle({ target }: { target: 'new' | number | null }) {
  const { t } = useTranslation();
  const residence = useRpcQuery('residences.get', { id: typeof target === 'number' ? target : 0 }, { enabled: typeof target === 'number' });
  if (target === 'new') return <Text fw={600} size="lg">{t('residences.form.createTitle')}</Text>;
  return (
    <Group gap="sm">
      <Text fw={600} size="lg">
        {residence.data?.name ?? t('residences.form.editTitleFallback')}
      </Text>
      {residence.data?.archivedAt ? <Badge color="gray" variant="light">{t('residences.archived')}</Badge> : null}
    </Group>
  );
}

function CreateResidence({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const create = useRpcMutation('residences.create');
  return (
    <ResidenceForm
      saving={create.isPending}
      onCancel={onClose}
      onSave={async (input) => {
        const created = await create.mutateAsync(input);
        notifySuccess(t('residences.form.created', { name: created.name }));
        onClose();
      }}
    />
  );
}

function ResidencePanel({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useTranslation();
  const canReadCitizens = useCan('citizens.read');
  const canGenerateReports = useCan('reports.generate');
  const [tab, setTab] = useState<string | null>('stamdata');
  if (!canReadCitizens) {
    return (
      <>
        <ResidenceOccupancySummary residenceId={id} />
        <EditResidence id={id} onClose={onClose} />
      </>
    );
  }
  return (
    <>
      <ResidenceOccupancySummary residenceId={id} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="stamdata" leftSection={<IconId size={16} stroke={1.6} />}>
            {t('residences.form.basics')}
          </Tabs.Tab>
          <Tabs.Tab value="venteliste" leftSection={<IconHourglass size={16} stroke={1.6} />}>
            {t('waitingList.title')}
          </Tabs.Tab>
          {canGenerateReports ? (
            <Tabs.Tab value="vikarmappe" leftSection={<IconNotes size={16} stroke={1.6} />}>
              {t('statusReport.briefing.tab')}
            </Tabs.Tab>
          ) : null}
        </Tabs.List>
        <Tabs.Panel value="stamdata">
          <EditResidence id={id} onClose={onClose} />
        </Tabs.Panel>
        <Tabs.Panel value="venteliste">
          <WaitingListSection residenceId={id} />
        </Tabs.Panel>
        {canGenerateReports ? (
          <Tabs.Panel value="vikarmappe">
            <BriefingTab residenceId={id} />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </>
  );
}

function EditResidence({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useTranslation();
  const canWrite = useCan('residences.write');
  const residence = useRpcQuery('residences.get', { id });
  const update = useRpcMutation('residences.update');

  if (residence.isPending) return <CenteredLoader fullPage={false} />;
  if (residence.isError) return <LoadError error={residence.error} onRetry={() => void residence.refetch()} />;
  const current = residence.data;
  const archived = current.archivedAt !== null;

  return (
    <>
      {archived ? (
        <Alert color="gray" variant="light" icon={<IconArchive />} mb="md">
          {t('residences.form.archivedNotice', { date: formatDateTime(current.archivedAt) })}
        </Alert>
      ) : null}
      <ResidenceForm
        // Restoring changes the version; the read-only form starts over with the fresh one.
        key={archived ? 'archived' : 'active'}
        residence={current}
        readOnly={!canWrite || archived}
        saving={update.isPending}
        onCancel={onClose}
        onReload={async () => (await residence.refetch()).data}
        onSave={async (input, version) => {
          await update.mutateAsync({ ...input, id, version: version ?? current.version });
          notifySuccess(t('residences.form.saved', { name: input.name }));
          onClose();
        }}
        extraActions={canWrite ? <ResidenceArchiveButton residence={current} onDone={archived ? undefined : onClose} /> : null}
      />
      <Text size="xs" c="dimmed" mt="lg">
        {t('residences.form.updatedAt', { date: formatDateTime(current.updatedAt) })}
      </Text>
    </>
  );
}
