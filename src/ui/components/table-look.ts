// The one look of Kerne's tables (mantine-datatable does not read Mantine's theme defaults):
// spread it first, then override what a table needs differently.
export const TABLE_LOOK = { withTableBorder: true, borderRadius: 'md', verticalSpacing: 'sm' } as const;
