import { getOperation } from '../common';
import { receivable } from './info';

export const { description, execute } = getOperation(receivable);
