// "Må informeres om: …": what a relative may be told today, from the citizen's active consents;
// a clear warning when nothing may be shared.
import { Alert, Badge, Group, Text } from '@mantine/core';
import { IconLock, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CONSENT_SUBJECTS, type ConsentSubject } from '../../../contract/areas/consents';

function isSubject(code: string): code is ConsentSubject {
  return (CONSENT_SUBJECTS as readonly string[]).includes(code);
}

export function MayBeTold({ subjects, name }: { subjects: readonly string[]; name: string }) {
  const { t } = useTranslation();
  if (subjects.length === 0) {
    return (
      <Alert color="orange" variant="light" icon={<IconLock size={18} />} p="xs" data-testid="may-be-told">
        <Text size="sm">{t('relatives.nothingShared', { name })}</Text>
      </Alert>
    );
  }
  return (
    <Alert color="teal" variant="light" icon={<IconShieldCheck size={18} />} p="xs" data-testid="may-be-told">
      <Text size="sm" fw={500} mb={4}>
        {t('relatives.mayBeTold')}:
      </Text>
      <Group gap={6}>
        {subjects.map((code) => (
          <Badge key={code} variant="white" color="teal" size="md">
            {isSubject(code) ? t(`consents.subjects.${code}`) : code}
          </Badge>
        ))}
      </Group>
    </Alert>
  );
}
