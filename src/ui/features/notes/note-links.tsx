// The goals and FFB themes a note is linked to, as small badges (nothing when it has none).
import { Badge, Group, Tooltip } from '@mantine/core';
import { IconTag, IconTargetArrow } from '@tabler/icons-react';
import type { Note } from '../../../contract/areas/notes';

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 58)}…` : text);

export function NoteLinks({ goals, themes }: Pick<Note, 'goals' | 'themes'>) {
  if (!goals.length && !themes.length) return null;
  return (
    <Group gap={6} mt="xs">
      {goals.map((goal) => (
        <Tooltip key={`g${goal.id}`} label={goal.text} multiline maw={360} disabled={goal.text.length <= 60}>
          <Badge variant="light" color="teal" radius="sm" tt="none" fw={500} leftSection={<IconTargetArrow size={12} />}>
            {shorten(goal.text)}
          </Badge>
        </Tooltip>
      ))}
      {themes.map((theme) => (
        <Badge key={`t${theme.code}`} variant="light" color="gray" radius="sm" tt="none" fw={500} leftSection={<IconTag size={12} />}>
          {theme.label}
        </Badge>
      ))}
    </Group>
  );
}
