import { deleteOperation } from '../common';
import { receivable } from './info';

export const { description, execute } = deleteOperation(receivable);
