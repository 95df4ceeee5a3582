import { getOperation } from '../common';
import { product } from './info';

export const { description, execute } = getOperation(product);
