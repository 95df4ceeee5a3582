import { deleteOperation } from '../common';
import { service } from './info';

export const { description, execute } = deleteOperation(service);
