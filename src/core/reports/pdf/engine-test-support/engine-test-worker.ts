// The real render worker with the engine's test template in place of the vikarmappe template,
// so the pool's tests do not depend on the report templates being built alongside it.
import { TEMPLATES } from '../templates';
import { engineTestTemplate } from './engine-test-template';

TEMPLATES.vikarmappe = engineTestTemplate;
await import('../render-worker');
