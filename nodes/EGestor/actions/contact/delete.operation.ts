import { deleteOperation } from '../common';
import { contact } from './info';

export const { description, execute } = deleteOperation(contact);
