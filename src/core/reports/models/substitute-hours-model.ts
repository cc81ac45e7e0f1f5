// The data the substitute-hours report draws (built inside the request's transaction, plain JSON).
// Placeholder until the report is built.
export interface SubstituteHoursModel {
  placeholder: true;
}
