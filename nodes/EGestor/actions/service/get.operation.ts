import { getOperation } from '../common';
import { service } from './info';

export const { description, execute } = getOperation(service);
