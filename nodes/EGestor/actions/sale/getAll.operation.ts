import { getManyOperation } from '../common';
import { sale } from './info';

export const { description, execute } = getManyOperation(sale, 'sales');
