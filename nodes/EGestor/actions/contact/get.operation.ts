import { getOperation } from '../common';
import { contact } from './info';

export const { description, execute } = getOperation(contact);
