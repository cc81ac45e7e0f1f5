// One relative as a card: name and relation, next-of-kin mark, how to reach them, what they
// prefer, and what they may be told; edit and remove for users who may.
import { ActionIcon, Anchor, Badge, Card, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconHome, IconMail, IconPencil, IconPhone, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Relative } from '../../../contract/areas/relatives';
import { MayBeTold } from './may-be-told';

function Line({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <Group gap={8} wrap="nowrap" align="flex-start">
      <span style={{ display: 'inline-flex', marginTop: 3, color: 'var(--mantine-color-dimmed)' }} aria-hidden>
        {icon}
      </span>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Group>
  );
}

interface RelativeCardProps {
  relative: Relative;
  canWrite: boolean;
  onEdit: () => void;
  onRemove: () => void;
}

export function RelativeCard({ relative, canWrite, onEdit, onRemove }: RelativeCardProps) {
  const { t } = useTranslation();
  const phones = [relative.phone, relative.secondaryPhone].filter((phone): phone is string => Boolean(phone));
  return (
    <Card radius="md" padding="lg" data-testid={`relative-${relative.id}`} aria-label={relative.name} component="article">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
        <div>
          <Group gap="xs">
            <Text fw={600}>{relative.name}</Text>
            {relative.isClosest ? (
              <Badge color="petrol" variant="filled" size="sm">
                {t('relatives.closest')}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            {relative.relation}
          </Text>
        </div>
        {canWrite ? (
          <Group gap={4} wrap="nowrap">
            <Tooltip label={t('common.edit')}>
              <ActionIcon variant="subtle" onClick={onEdit} aria-label={t('relatives.editNamed', { name: relative.name })}>
                <IconPencil size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('relatives.removeConfirm')}>
              <ActionIcon variant="subtle" color="red" onClick={onRemove} aria-label={t('relatives.removeNamed', { name: relative.name })}>
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        ) : null}
      </Group>
      <Stack gap={6} mb="md">
        {phones.map((phone) => (
          <Line key={phone} icon={<IconPhone size={14} />}>
            <Anchor href={`tel:${phone.replace(/\s/g, '')}`} inherit>
              {phone}
            </Anchor>
          </Line>
        ))}
        {relative.email ? (
          <Line icon={<IconMail size={14} />}>
            <Anchor href={`mailto:${relative.email}`} inherit>
              {relative.email}
            </Anchor>
          </Line>
        ) : null}
        {relative.address ? <Line icon={<IconHome size={14} />}>{relative.address}</Line> : null}
        {relative.preferredContact ? (
          <Text size="sm" c="dimmed">
            {t('relatives.prefers', { form: t(`relatives.contactForms.${relative.preferredContact}`) })}
          </Text>
        ) : null}
        {relative.note ? (
          <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-line' }}>
            {relative.note}
          </Text>
        ) : null}
      </Stack>
      <MayBeTold subjects={relative.mayBeToldAbout} name={relative.name} />
    </Card>
  );
}
