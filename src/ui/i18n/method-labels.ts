// The shape of the Danish/English names of contract methods, used in the log. Partial: a method
// added to the contract later shows its code until someone names it.
import type { MethodName } from '../../contract';

type AreaOf<M> = M extends `${infer A}.${string}` ? A : never;
type Area = AreaOf<MethodName>;

export type MethodLabels = {
  [A in Area]?: { [M in MethodName as M extends `${A}.${infer V}` ? V : never]?: string };
};
