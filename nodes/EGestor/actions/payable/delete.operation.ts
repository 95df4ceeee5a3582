import { deleteOperation } from '../common';
import { payable } from './info';

export const { description, execute } = deleteOperation(payable);
