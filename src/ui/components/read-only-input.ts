// How a form looks to someone who may read but not change it: readable text on a filled field,
// not the faint grey of a disabled one. Passed to every input through useForm's enhanceGetInputProps.
export const READ_ONLY_INPUT = { readOnly: true, variant: 'filled', withAsterisk: false } as const;
