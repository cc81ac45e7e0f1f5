// Consent subjects in one order everywhere (the contract's), each once: how consents list them and
// how a relative's "may be told about" is built.
import { CONSENT_SUBJECTS, type ConsentSubject } from '../../contract/areas/consents';

export function orderedSubjects(subjects: Iterable<string>): ConsentSubject[] {
  const set = new Set(subjects);
  return CONSENT_SUBJECTS.filter((subject) => set.has(subject));
}
