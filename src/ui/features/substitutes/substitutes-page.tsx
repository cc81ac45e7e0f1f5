// Vikarer (`#/vikarer`): the pool of open shifts across residences, continuity, hours and exports.
export function SubstitutesPage({ route }: { route: string[] }) {
  return <div data-route={route.join('/')} />;
}
