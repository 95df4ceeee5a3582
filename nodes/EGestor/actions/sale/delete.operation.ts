import { deleteOperation } from '../common';
import { sale } from './info';

export const { description, execute } = deleteOperation(sale);
