import { settleOperation } from '../financial';
import { payable } from './info';

export const { description, execute } = settleOperation(payable, 'pay', 'pagar', 'paid');
