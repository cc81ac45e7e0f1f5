// The data the vikarmappe report draws (built inside the request's transaction, plain JSON).
// Placeholder until the report is built.
export interface VikarmappeModel {
  placeholder: true;
}
