// The data the municipality report draws (built inside the request's transaction, plain JSON).
// Placeholder until the report is built.
export interface AreaReportModel {
  placeholder: true;
}
