import { getManyOperation } from '../common';
import { service } from './info';

export const { description, execute } = getManyOperation(service, 'services');
