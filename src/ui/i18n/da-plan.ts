// Danish words for a citizen's pædagogisk plan: handleplan purpose, goals and sub-goals,
// evaluations and the progression chart, closing a goal, actions and meetings.
export const daPlan = {
  title: 'Plan',
};
