// The data the occupancy report draws (built inside the request's transaction, plain JSON).
// Placeholder until the report is built.
export interface OccupancyModel {
  placeholder: true;
}
