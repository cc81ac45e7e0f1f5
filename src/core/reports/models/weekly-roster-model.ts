// The data the weekly-roster report draws (built inside the request's transaction, plain JSON).
// Placeholder until the report is built.
export interface WeeklyRosterModel {
  placeholder: true;
}
