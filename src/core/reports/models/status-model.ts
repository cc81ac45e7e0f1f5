// The data the status report draws (built inside the request's transaction, plain JSON).
// Placeholder until the report is built.
export interface StatusModel {
  placeholder: true;
}
