import { getManyOperation } from '../common';
import { receivable } from './info';

export const { description, execute } = getManyOperation(receivable, 'receivables');
