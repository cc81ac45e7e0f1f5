// Borgere's routes: the list (`#/borgere`), the list with "Opret borger" open (`#/borgere/ny`),
// and one citizen's page (`#/borgere/12`, with a tab after it).
import { NotFoundPage } from '../coming-soon/status-pages';
import { CitizenPage } from './citizen-page';
import { CitizensListPage } from './citizens-list-page';

export function CitizensPage({ route }: { route: string[] }) {
  const [first, ...rest] = route;
  if (first === undefined || first === 'ny') return <CitizensListPage creating={first === 'ny'} />;
  const id = Number(first);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  return <CitizenPage key={id} id={id} tab={rest[0]} />;
}
