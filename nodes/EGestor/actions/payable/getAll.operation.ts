import { getManyOperation } from '../common';
import { payable } from './info';

export const { description, execute } = getManyOperation(payable, 'payables');
