// Planer (`#/planer`): deadlines across citizens and management information on goals.
export function PlansPage({ route }: { route: string[] }) {
  return <div data-route={route.join('/')} />;
}
