// The provider's details form, validated with the contract's providerFields (same Danish messages).
import { Button, Group, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { providerFields, type Provider } from '../../../contract/areas/settings';
import { useServerSubmit } from '../../components/form-errors';
import { FormAlert } from '../../components/form-alert';
import { READ_ONLY_INPUT } from '../../components/read-only-input';
import { notifySuccess } from '../../components/notify';
import { useRpcMutation } from '../../rpc/use-rpc';

function toValues(provider: Provider) {
  return {
    name: provider.name,
    cvr: provider.cvr ?? '',
    street: provider.street ?? '',
    postalCode: provider.postalCode ?? '',
    city: provider.city ?? '',
    phone: provider.phone ?? '',
    email: provider.email ?? '',
  };
}

export function ProviderForm({ provider, readOnly }: { provider: Provider; readOnly: boolean }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: toValues(provider),
    validate: schemaResolver(providerFields, { sync: true }),
    enhanceGetInputProps: () => (readOnly ? READ_ONLY_INPUT : {}),
  });
  const update = useRpcMutation('settings.updateProvider');

  const { submit, problem } = useServerSubmit(form, async (values) => {
    const saved = await update.mutateAsync(providerFields.parse(values));
    form.setInitialValues(toValues(saved));
    form.resetDirty(toValues(saved));
    notifySuccess(t('settings.provider.saved'));
  });

  return (
    <Paper p="lg" radius="md">
      <form onSubmit={submit} noValidate>
        <Title order={2} size="h4" mb="md">
          {t('settings.provider.title')}
        </Title>
        <Stack gap="md">
          <TextInput label={t('settings.provider.name')} withAsterisk {...form.getInputProps('name')} />
          <TextInput label={t('settings.provider.cvr')} inputMode="numeric" maxLength={8} w={200} {...form.getInputProps('cvr')} />
          <TextInput label={t('settings.provider.street')} {...form.getInputProps('street')} />
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <TextInput label={t('settings.provider.postalCode')} inputMode="numeric" maxLength={4} {...form.getInputProps('postalCode')} />
            <TextInput label={t('settings.provider.city')} style={{ gridColumn: 'span 2' }} {...form.getInputProps('city')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label={t('settings.provider.phone')} type="tel" {...form.getInputProps('phone')} />
            <TextInput label={t('settings.provider.email')} type="email" {...form.getInputProps('email')} />
          </SimpleGrid>
        </Stack>
        {readOnly ? null : (
          <Stack mt="lg">
            <FormAlert message={problem} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty()}>
                {t('common.undo')}
              </Button>
              <Button type="submit" loading={update.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        )}
      </form>
    </Paper>
  );
}
