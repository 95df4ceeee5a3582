import { getManyOperation } from '../common';
import { contact } from './info';

export const { description, execute } = getManyOperation(contact, 'contacts');
